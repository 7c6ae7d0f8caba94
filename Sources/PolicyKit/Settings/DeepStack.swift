import Foundation

/// Runs recursive work on a thread whose stack is large enough for the deepest
/// input the parser accepts (`SettingsParser.maximumDepth` levels), whatever
/// thread the caller is on: deep input must end in an error, never a crash.
enum DeepStack {
    static let size = 64 << 20

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        return box.value!
    }
}
