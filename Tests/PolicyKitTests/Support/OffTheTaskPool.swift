import Dispatch

/// Runs synchronous work that waits a long time on other programs (a print engine) on a
/// Dispatch thread, and awaits it without holding one of the test runner's Swift
/// concurrency threads: there are only as many of those as processors, and the other
/// tests can use them meanwhile.
func offTheTaskPool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
    }
}
