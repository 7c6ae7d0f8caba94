import ArgumentParser
import PolicyKitPreview

/// `policykit preview`: the documents in a browser, rebuilt on each save.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Shows the documents in a browser and rebuilds them each time the settings are saved.",
        discussion: """
            Prints an address to open in a browser: a page with a tab for each document and \
            language. Saving the settings file, a base it extends or a template in --templates \
            rebuilds the documents, and the page updates by itself; problems in the settings are \
            shown on the page with their line, above the last documents that built. Each \
            document has a print button, which prints it as the PDFs are printed.

            Listens on 127.0.0.1, this computer only, unless --host says otherwise. Writes no \
            files. Stop it with Ctrl-C.
            """
    )

    @Argument(help: "The settings file to preview.")
    var settings: String

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = PreviewOptions.defaultPort

    @Option(help: "The address to listen on. Anything but 127.0.0.1 lets other computers read the documents.")
    var host: String = PreviewOptions.defaultHost

    @Flag(help: "Open the page in the default browser.")
    var open = false

    func run() throws {
        do {
            try Preview.run(PreviewOptions(settings: settings, templatesFolder: templates, host: host, port: port, openBrowser: open))
        } catch {
            StandardStream.error.send("error: \(error.message)\n")
            throw ExitCode(1)
        }
    }
}
