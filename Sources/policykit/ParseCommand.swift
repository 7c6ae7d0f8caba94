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
        let path = file == "-" ? "<stdin>" : file
        let bytes: [UInt8]
        if file == "-" {
            // One byte over the parser's limit is enough for its size check to refuse it.
            bytes = StandardStream.readInput(limit: SettingsParser.maximumSize + 1)
        } else {
            // FileBytes stops at its size limit, so an endless device cannot fill memory.
            do {
                bytes = try FileBytes.contents(of: file)
            } catch {
                StandardStream.error.send("policykit: error: cannot read '\(file)': \(error.message)\n")
                throw ExitCode(1)
            }
        }
        let formatter = DiagnosticFormatter(sources: [path: bytes])
        do {
            guard let node = try SettingsParser.parse(bytes, path: path) else { return }
            if json {
                var output = try JSONOutput.encodeUTF8(node, path: path)
                output.append(UInt8(ascii: "\n"))
                StandardStream.output.send(output)
            }
            // The process ends here: freeing a large tree node by node would only
            // add time (BENCHMARKS.md, parser), and the output is already written.
            Self.exit()
        } catch {
            StandardStream.error.send(formatter.format(error.diagnostics))
            throw ExitCode(1)
        }
    }
}
