import ArgumentParser

/// The options of `policykit preview`, defined once for the two programs that read them:
/// `policykit`, which checks them and shows their help, and `policykit-preview`, the
/// separate program that serves the page.
public struct PreviewArguments: ParsableArguments, Sendable {
    /// What `--help` says of the command, in both programs.
    public static let abstract = "Shows the documents in a browser and rebuilds them each time the settings are saved."
    public static let discussion = """
        Prints an address to open in a browser: a page with a tab for each document and \
        language. Saving the settings file, a base it extends or a template in --templates \
        rebuilds the documents, and the page updates by itself; problems in the settings are \
        shown on the page with their line, above the last documents that built. Each \
        document has a print button, which prints it as the PDFs are printed.

        Listens on 127.0.0.1, this computer only, unless --host says otherwise. Writes no \
        files. Stop it with Ctrl-C.
        """

    /// The port used when none is given.
    public static let defaultPort: UInt16 = 8090
    /// The address used when none is given: this computer only.
    public static let defaultHost = "127.0.0.1"

    @Argument(help: "The settings file to preview.")
    public var settings: String

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    public var templates: String?

    @Option(help: "The port to listen on (0: any free port).")
    public var port: UInt16 = PreviewArguments.defaultPort

    @Option(help: "The address to listen on. Anything but 127.0.0.1 lets other computers read the documents.")
    public var host: String = PreviewArguments.defaultHost

    @Flag(help: "Open the page in the default browser.")
    public var open = false

    public init() {}

    /// The same options as arguments for `policykit-preview`. Values are joined to their
    /// option with `=`, and the settings path follows `--`, so a value that begins with a
    /// dash is never read as an option.
    public var commandLine: [String] {
        var arguments: [String] = []
        if let templates { arguments.append("--templates=\(templates)") }
        arguments += ["--port=\(port)", "--host=\(host)"]
        if open { arguments.append("--open") }
        return arguments + ["--", settings]
    }
}
