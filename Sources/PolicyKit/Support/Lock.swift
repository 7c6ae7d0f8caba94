import Synchronization

/// A mutual-exclusion lock guarding state kept beside it, for classes that hold several
/// pieces of state under one lock.
final class Lock: Sendable {
    private let mutex = Mutex(())

    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try mutex.withLock { _ in try body() }
    }
}
