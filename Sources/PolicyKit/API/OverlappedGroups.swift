import Dispatch

/// Makes results for items a group at a time on every core, and hands each group to the
/// calling thread while the next group is being made. A build writes each site's files
/// on one thread, in order; without the overlap the cores that make documents would
/// wait for every group's files to be written.
package enum OverlappedGroups {
    /// Calls `use` with each group of at most `groupSize` items and their results, in the
    /// items' order, on the calling thread. At most two groups' results exist at once.
    package static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], groupSize: Int, concurrency: Int,
        make: @escaping @Sendable (Item) -> Result,
        use: ([Item], [Result]) -> Void
    ) {
        let size = max(1, groupSize)
        var start = 0
        var group = Array(items[0..<min(items.count, size)])
        var results = ParallelMap.map(group, concurrency: concurrency, make)
        while !group.isEmpty {
            start += group.count
            let next = Array(items[start..<min(items.count, start + size)])
            guard !next.isEmpty else {
                use(group, results)
                return
            }
            let made = Made<Result>()
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                made.results = ParallelMap.map(next, concurrency: concurrency, make)
                done.signal()
            }
            use(group, results)
            done.wait()
            group = next
            results = made.results
        }
    }

    /// Written by the thread making a group, read by the caller only after the
    /// semaphore says it is done.
    private final class Made<Result>: @unchecked Sendable {
        var results: [Result] = []
    }
}
