import ArgumentParser
import PolicyKit

/// `policykit schema`: the settings' JSON Schema, for editors that check keys while typing.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Prints the JSON Schema of settings files, for editors that check keys while typing.",
        discussion: """
            Editors such as VS Code (with the YAML extension) read the schema named on a \
            settings file's first line: # yaml-language-server: $schema=./policykit.schema.json
            """
    )

    @Option(name: .long, help: "Write the schema to this file (replaced in one step) instead of printing it.")
    var out: String?

    func run() throws {
        guard let out else {
            StandardStream.output.send(SettingsSchema.json)
            return
        }
        do {
            try SettingsSchema.write(toPath: out)
        } catch {
            StandardStream.error.send(DiagnosticFormatter().format(error))
            throw ExitCode(1)
        }
    }
}
