import FlyingSocks

/// The body of the `/events` response: server-sent events, one chunk each, for as long
/// as the page stays open. Each event's data is the version of the build to show.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<String>

    static func event(_ version: String) -> String { "data: \(version)\n\n" }
    /// How soon the browser reconnects after the connection drops, in milliseconds.
    static let retryAdvice = "retry: 500\n"
    static let keepAlive = ": still here\n\n"

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        /// The rest of the current event, or the next one whole when it arrives: each is
        /// sent as soon as it exists, not held back to fill a buffer.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let taken = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }

        private mutating func fill() async -> Bool {
            if pending.isEmpty {
                guard let event = await events.next() else { return false }
                pending = Array(event.utf8)
            }
            return !pending.isEmpty
        }
    }
}
