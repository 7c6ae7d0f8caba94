/// A message about a user's input, located in the file it concerns. Print it with
/// `DiagnosticFormatter`:
///
/// ```swift
/// let problem = Diagnostic.error("unknown key 'organsation'", path: "settings.yaml")
/// print(DiagnosticFormatter().format(problem), terminator: "")
/// // settings.yaml: error: unknown key 'organsation'
/// ```
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    /// The file's path as the user gave it; nil when the message concerns no file.
    public var path: String?
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, path: String? = nil, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
    }

    public static func error(_ message: String, path: String? = nil, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, path: path, at: location)
    }

    public static func warning(_ message: String, path: String? = nil, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, message, path: path, at: location)
    }
}

/// Several diagnostics at once: what a failed load or build throws, so the user
/// can fix every problem in one pass rather than one per run.
///
/// ```swift
/// do {
///     let json = try SettingsLoader.json(from: bytes, path: "settings.yaml")
/// } catch {
///     print(DiagnosticFormatter(sources: ["settings.yaml": bytes]).format(error.diagnostics))
/// }
/// ```
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
