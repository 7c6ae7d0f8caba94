import ArgumentParser
import Foundation
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
            FileHandle.standardError.write(Data("""
                policykit parse: choose one of --json or --quiet
                Usage: policykit parse (--json | --quiet) <file>

                """.utf8))
            throw ExitCode(2)
        }
    }

    func run() throws {
        let path = file == "-" ? "<stdin>" : file
        let bytes: [UInt8]
        if file == "-" {
            bytes = Self.readBounded(FileHandle.standardInput)
        } else {
            // FileBytes stops at its size limit, so an endless device cannot fill memory.
            do {
                bytes = try FileBytes.contents(of: file)
            } catch {
                FileHandle.standardError.write(Data("policykit: error: cannot read '\(file)': \(error.message)\n".utf8))
                throw ExitCode(1)
            }
        }
        let formatter = DiagnosticFormatter(sources: [path: bytes])
        do {
            guard let node = try SettingsParser.parse(bytes, path: path) else { return }
            if json {
                var output = try JSONOutput.encodeUTF8(node, path: path)
                output.append(UInt8(ascii: "\n"))
                FileHandle.standardOutput.write(Data(output))
            }
            // The process ends here: freeing a large tree node by node would only
            // add time (BENCHMARKS.md, parser), and the output is already written.
            Foundation.exit(0)
        } catch {
            FileHandle.standardError.write(Data(formatter.format(error.diagnostics).utf8))
            throw ExitCode(1)
        }
    }

    /// Reads at most one byte more than the parser accepts, so an endless or huge
    /// input is refused by the size check instead of filling memory.
    static func readBounded(_ handle: FileHandle) -> [UInt8] {
        var bytes: [UInt8] = []
        let limit = SettingsParser.maximumSize + 1
        while bytes.count < limit {
            let chunk = handle.readData(ofLength: min(1 << 20, limit - bytes.count))
            if chunk.isEmpty { break }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }
}
