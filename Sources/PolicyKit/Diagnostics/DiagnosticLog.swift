/// The diagnostics of a run over many files, each kept once, with the bytes of the files
/// they point into: when many settings files extend one base, a problem in the base comes
/// back with every one of them but is worth reading once.
struct DiagnosticLog: Sendable {
    private(set) var diagnostics: [Diagnostic] = []
    /// Only the sources of files that have a diagnostic: a run over thousands of valid
    /// sites keeps none.
    private(set) var sources: [String: [UInt8]] = [:]
    private var seen: Set<Diagnostic> = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Adds those of `new` not logged before, in order, and returns them.
    @discardableResult
    mutating func add(_ new: [Diagnostic], sources newSources: @autoclosure () -> [String: [UInt8]] = [:]) -> [Diagnostic] {
        let fresh = new.filter { seen.insert($0).inserted }
        guard !fresh.isEmpty else { return [] }
        diagnostics += fresh
        sources.merge(newSources()) { first, _ in first }
        return fresh
    }
}
