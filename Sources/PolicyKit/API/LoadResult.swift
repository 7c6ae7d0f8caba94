/// What loading a settings file gives: the policy when the settings are valid, and
/// every warning and error found either way.
public struct LoadResult: Sendable {
    /// nil when any error was found.
    public var policy: Policy?
    /// Errors and warnings in file order of discovery, each with its path and location.
    public var diagnostics: [Diagnostic]
    /// The file's bytes, so callers can show diagnostics with their source line; empty
    /// when the file could not be read.
    public var source: [UInt8]
    /// The bytes of every file the diagnostics may point into, by path: the settings
    /// file and the base files it extends.
    public var sources: [String: [UInt8]]

    /// `sources` defaults to `source` alone, under the path of the first located diagnostic.
    public init(policy: Policy?, diagnostics: [Diagnostic], source: [UInt8] = [], sources: [String: [UInt8]]? = nil) {
        self.policy = policy
        self.diagnostics = diagnostics
        self.source = source
        if let sources {
            self.sources = sources
        } else if let path = diagnostics.lazy.compactMap(\.path).first, !source.isEmpty {
            self.sources = [path: source]
        } else {
            self.sources = [:]
        }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
