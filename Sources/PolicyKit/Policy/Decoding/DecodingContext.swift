/// Collects what is wrong with a settings file while it is decoded, so one run
/// reports every problem (up to a limit) instead of stopping at the first.
final class DecodingContext {
    /// Past this many errors the rest are usually consequences of the first ones.
    static let errorLimit = 50

    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errorCount = 0
    private var stopped = false

    init(path: String) {
        self.path = path
    }

    var hasErrors: Bool { errorCount > 0 }

    func error(_ message: String, at location: SourceLocation) {
        guard !stopped else { return }
        if errorCount == Self.errorLimit {
            stopped = true
            diagnostics.append(.error("too many errors; stopped after \(Self.errorLimit)", path: path, at: location))
            return
        }
        errorCount += 1
        diagnostics.append(.error(message, path: path, at: location))
    }

    func warning(_ message: String, at location: SourceLocation) {
        guard !stopped else { return }
        diagnostics.append(.warning(message, path: path, at: location))
    }
}
