import ArgumentParser
import PolicyKit

/// `policykit templates ...`: work with the Markdown templates documents are filled from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the document templates.",
        subcommands: [Export.self, Names.self]
    )

    /// `policykit templates export DIR`: a starting point for an organisation's own templates,
    /// used with `--templates DIR`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates into a folder, to edit and use with --templates.",
            discussion: """
                Files keep their relative paths (en/poster.md, en/partials/reporting.md). A file \
                left out of the folder, or deleted from it, still comes from the built-in set.
                """
        )

        @Argument(help: "The folder to write into; created if missing.")
        var directory: String

        @Flag(help: "Replace files that already exist.")
        var force = false

        func run() throws {
            do {
                let written = try TemplateSet.builtIn.export(to: directory, overwrite: force)
                print("Wrote \(written.count) templates to \(directory)")
            } catch {
                StandardStream.error.send(DiagnosticFormatter().format(error.diagnostics))
                throw ExitCode(1)
            }
        }
    }

    /// `policykit templates names`: every name a template may use.
    struct Names: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every name templates can use, with what it holds.",
            discussion: """
                A template naming anything else fails with its path and line. An optional \
                setting is false when left out: use it inside {{#name}}...{{/name}}.
                """
        )

        func run() throws {
            let lines = TemplateSet.names
            let width = lines.map(\.name.count).max() ?? 0
            for line in lines {
                print(line.name + String(repeating: " ", count: width - line.name.count + 2) + line.holds)
            }
        }
    }
}
