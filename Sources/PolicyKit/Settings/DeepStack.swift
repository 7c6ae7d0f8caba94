#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs recursive work on a thread whose stack is large enough for the deepest
/// input the parser accepts (`SettingsParser.maximumDepth` levels), whatever
/// thread the caller is on: deep input must end in an error, never a crash.
enum DeepStack {
    static let size = 64 << 20

    /// What the thread runs; not generic, as the thread's entry point cannot be.
    private final class Work {
        let run: () -> Void

        init(_ run: @escaping () -> Void) {
            self.run = run
        }
    }

    private final class Outcome<T> {
        var value: T?
    }

    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let outcome = Outcome<T>()
        let work = Unmanaged.passRetained(Work { outcome.value = body() }).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let started = pthread_create(&thread, &attributes, { work in
            Unmanaged<Work>.fromOpaque(work!).takeRetainedValue().run()
            return nil
        }, work)
        guard started == 0 else {
            // No thread could be made (resources exhausted): the caller's own stack is
            // the only one left, which still handles every ordinary file.
            Unmanaged<Work>.fromOpaque(work).release()
            return body()
        }
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        pthread_join(thread!, nil)
        #endif
        return outcome.value!
    }
}
