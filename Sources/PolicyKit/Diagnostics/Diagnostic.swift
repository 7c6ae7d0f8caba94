/// A message about a user's input, located in the file it concerns. Print it with
/// `DiagnosticFormatter`:
///
/// ```swift
/// let problem = Diagnostic.error("unknown key 'organsation'", path: "settings.yaml")
/// print(DiagnosticFormatter().format(problem), terminator: "")
/// // settings.yaml: error: unknown key 'organsation'
/// ```
public struct Diagnostic: Hashable, Sendable, Error {
    /// How serious a diagnostic is: an error stops the build, a warning does not.
    ///
    /// ```swift
    /// let blocking = result.diagnostics.filter { $0.severity == .error }
    /// ```
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// What is wrong and how to fix it, in plain words.
    public var message: String
    /// The file's path as the user gave it; nil when the message concerns no file.
    public var path: String?
    /// Where in the file; nil when the message concerns the file as a whole.
    public var location: SourceLocation?

    /// A diagnostic of either severity, for instance one an application adds to
    /// PolicyKit's own before printing them all together.
    ///
    /// ```swift
    /// let note = Diagnostic(.warning, "this site has no security contact", path: "sites/east.yaml")
    /// ```
    public init(_ severity: Severity, _ message: String, path: String? = nil, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
    }

    /// An error: the input cannot be used until it is fixed.
    ///
    /// ```swift
    /// throw DiagnosticList([.error("no settings file in 'sites'", path: "sites")])
    /// ```
    public static func error(_ message: String, path: String? = nil, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, path: path, at: location)
    }

    /// A warning: the input is usable, but the user should look at it.
    ///
    /// ```swift
    /// let stale = Diagnostic.warning("the policy's review date has passed", path: "hr/settings.yaml")
    /// ```
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
    /// Every problem found, in the order found.
    public var diagnostics: [Diagnostic]

    /// The problems to throw together.
    ///
    /// ```swift
    /// throw DiagnosticList([.error("missing 'organisation.name'", path: "settings.yaml")])
    /// ```
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Whether any of them is an error rather than a warning.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
