import Dispatch

/// Runs synchronous work that waits for child processes (the library's print engines, or
/// `ChildProcess.runWaiting`) on a Dispatch thread, and awaits it without holding one
/// of the test runner's Swift concurrency threads: there are as many of those as
/// processors, and the async Subprocess work being waited for needs them.
func offTheTaskPool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
    }
}
