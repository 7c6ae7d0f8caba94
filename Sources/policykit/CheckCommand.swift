import ArgumentParser
import PolicyKit

/// `policykit check`: every problem `build` would find, and the documents' readability, writing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks settings files and reports every problem found, with its line.",
        discussion: """
            Fills every document in every language of each policy from the same templates \
            as build (--templates), writing nothing, so it finds every problem a build would.

            Also reports the reading grade (Flesch-Kincaid) of the poster, with a warning \
            above the settings' 'documents.max_reading_grade' (default 7), and checks that \
            every colour pair of the built-in stylesheets meets WCAG 2.1 AA contrast.

            --since REV compares each file with its version at the git revision REV: a \
            policy whose content changed while 'policy.version' did not is an error, at the \
            version line; an effective date not moved, or a change log with no entry for \
            the new version, are warnings.
            """
    )

    @Argument(help: "Settings files to check, or folders of them.")
    var files: [String]

    @Option(help: "Paper size: a4 or letter (default: the jurisdiction's usual paper).")
    var paper: PaperSize?

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    @Option(help: "A git revision (commit, branch, tag, HEAD~1): fail when content changed since then but the version did not.")
    var since: String?

    func run() throws {
        let result = SettingsCheck(templatesFolder: templates, paper: paper, since: since).run(files)
        let formatter = DiagnosticFormatter(sources: result.sources)
        StandardStream.error.send(formatter.format(result.stoppingDiagnostics))
        for file in result.files {
            StandardStream.error.send(formatter.format(file.diagnostics))
            guard let report = file.readability else { continue }
            let warnings = file.warningCount
            let note = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
            print("\(file.path): ok\(note)\(report.summary)")
            for line in file.notes { print("\(file.path): note: \(line)") }
        }
        if !result.passed { throw ExitCode(1) }
    }
}
