import Dispatch
import Synchronization

/// Applies a function to every item on several cores, giving the results in the items'
/// order: the same answer as `map`, sooner.
enum ParallelMap {
    /// The processors this program may use (its CPU affinity, so `taskset` is honoured).
    static let cores = ProcessorCount.available

    /// At most `concurrency` items are worked on at once; each lane takes the next item
    /// when it finishes one, so a slow item does not hold up the others.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int, _ body: @Sendable (Item) -> Result
    ) -> [Result] {
        let lanes = min(concurrency, items.count)
        guard lanes > 1 else { return items.map(body) }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: lanes) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                slots.store(body(items[index]), at: index)
            }
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
