/// What loading a settings file gives: the policy when the settings are valid, and
/// every warning and error found either way. See `SettingsLoader` for an example.
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

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
