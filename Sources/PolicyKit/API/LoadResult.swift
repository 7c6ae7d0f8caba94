/// What loading a settings file gives: the policy when the settings are valid, and
/// every warning and error found either way. See `SettingsLoader` for loading one.
///
/// ```swift
/// let result = SettingsLoader.loadFile(atPath: "hr/settings.yaml", today: .todayUTC())
/// print(DiagnosticFormatter(sources: result.sources).format(result.warnings), terminator: "")
/// guard let policy = result.policy, !result.hasErrors else { return }
/// ```
public struct LoadResult: Sendable {
    /// nil when any error was found.
    public var policy: Policy?
    /// Errors and warnings in file order of discovery, each with its path and location.
    public var diagnostics: [Diagnostic]
    /// The bytes of every file the diagnostics may point into, by path: the settings
    /// file and the base files it extends; empty when the file could not be read.
    public var sources: [String: [UInt8]]

    init(policy: Policy?, diagnostics: [Diagnostic], sources: [String: [UInt8]] = [:]) {
        self.policy = policy
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Whether any diagnostic is an error; then `policy` is nil and nothing should be built.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// The diagnostics that are errors, in the order found.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The diagnostics that are warnings, in the order found: the policy is still usable.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
