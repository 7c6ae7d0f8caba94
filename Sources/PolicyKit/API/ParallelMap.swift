import Foundation

/// Applies a function to every item on all the machine's cores, giving the results in
/// the items' order: the same answer as `map`, sooner.
package enum ParallelMap {
    /// The processors this program may use.
    package static let cores = ProcessInfo.processInfo.activeProcessorCount

    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int, _ body: @Sendable (Item) -> Result
    ) -> [Result] {
        guard concurrency > 1, items.count > 1 else { return items.map(body) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(body(items[index]), at: index)
        }
        return slots.values()
    }

    /// One slot per item, written by one thread each: no two threads touch the same
    /// memory, and the buffer never moves, so no lock is needed.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ value: Value, at index: Int) {
            buffer[index] = value
        }

        func values() -> [Value] {
            buffer.map { $0! }
        }
    }
}
