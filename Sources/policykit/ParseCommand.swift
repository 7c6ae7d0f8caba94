import ArgumentParser
import PolicyKit

/// `policykit parse`: reads a settings file and prints it as JSON, so the
/// parser can be checked against other YAML tools.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parses a settings file and prints it as JSON."
    )

    @Flag(name: .long, help: "Print the document as JSON (one value and a newline; nothing for an empty file).")
    var json = false

    @Flag(name: .long, help: "Only check that the file parses; print nothing.")
    var quiet = false

    @Argument(help: "The settings file, or '-' for standard input.")
    var file: String

    func validate() throws {
        if json == quiet {
            // Usage errors exit 2, like the rest of policykit.
            StandardStream.error.send("""
                policykit parse: choose one of --json or --quiet
                Usage: policykit parse (--json | --quiet) <file>

                """)
            throw ExitCode(2)
        }
    }

    func run() throws {
        let input = InputFile(path: file)
        let bytes: [UInt8]
        do {
            // One byte over the parser's limit is enough for its size check to refuse it.
            bytes = try input.bytes(limit: SettingsLoader.maximumJSONInputSize + 1)
        } catch {
            StandardStream.error.send("policykit: error: \(error.message)\n")
            throw ExitCode(1)
        }
        let path = file == "-" ? "<stdin>" : file
        do {
            let output = try SettingsLoader.json(from: bytes, path: path)
            if json, let output { StandardStream.output.send(output) }
            // Done once the output is written: handing a large tree's many small pieces
            // back to the allocator one by one would only delay the exit.
            Self.exit()
        } catch {
            StandardStream.error.send(DiagnosticFormatter(sources: [path: bytes]).format(error.diagnostics))
            throw ExitCode(1)
        }
    }
}
