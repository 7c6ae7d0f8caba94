import PolicyKit

/// Prints diagnostics to standard error, each once: when many settings files extend one
/// base, a problem in the base comes back with every one of them but is worth reading once.
struct DiagnosticReporter {
    private var seen: Set<Diagnostic> = []

    mutating func report(_ diagnostics: [Diagnostic], sources: [String: [UInt8]]) {
        let fresh = diagnostics.filter { seen.insert($0).inserted }
        guard !fresh.isEmpty else { return }
        StandardStream.error.send(DiagnosticFormatter(sources: sources).format(fresh))
    }
}
