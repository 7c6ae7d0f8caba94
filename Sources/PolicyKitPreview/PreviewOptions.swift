/// What `policykit preview` was asked to show, and where.
///
/// ```swift
/// let options = PreviewOptions(settings: "settings.yaml", port: 8090)
/// try Preview.run(options)   // serves until the program is stopped
/// ```
public struct PreviewOptions: Sendable {
    /// The settings file to preview; the bases it `extends` are followed and watched too.
    public var settings: String
    /// A folder of templates replacing the built-in ones of the same name; watched too.
    public var templatesFolder: String?
    /// The address to listen on. Only the loopback addresses keep the documents on this
    /// computer: any other is announced with a warning.
    public var host: String
    /// The port to listen on; 0 picks a free one (the address printed says which).
    public var port: UInt16
    /// Whether to open the page in the default browser once it answers.
    public var openBrowser: Bool

    /// The port used when none is given.
    public static let defaultPort: UInt16 = 8090
    /// The address used when none is given: this computer only.
    public static let defaultHost = "127.0.0.1"

    public init(
        settings: String, templatesFolder: String? = nil, host: String = PreviewOptions.defaultHost,
        port: UInt16 = PreviewOptions.defaultPort, openBrowser: Bool = false
    ) {
        self.settings = settings
        self.templatesFolder = templatesFolder
        self.host = host
        self.port = port
        self.openBrowser = openBrowser
    }
}

/// Why the preview could not start, in words for the person who ran it.
public struct PreviewError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    init(_ message: String) {
        self.message = message
    }
}
