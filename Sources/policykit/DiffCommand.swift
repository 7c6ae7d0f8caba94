import ArgumentParser
import PolicyKit

/// `policykit diff`: what changed between two versions of a policy, in plain sentences.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Tells in plain sentences what changed between two versions of a policy.",
        discussion: """
            Compares the policies the settings describe, with their bases and built-in \
            wording, not the text of the files: white space, comments, key order and \
            quoting make no change. The version, the dates and the change log are left out.

            policykit diff OLD NEW compares two files; policykit diff --since REV FILE... \
            compares each file with its version at the git revision REV.

            Exit status, as diff(1): 0 no changes, 1 changes, 2 invalid settings or usage.
            """
    )

    @Argument(help: "OLD NEW, or with --since the settings files to compare with their earlier version.")
    var files: [String]

    @Option(help: "A git revision (commit, branch, tag, HEAD~1): compare each file with its version there.")
    var since: String?

    @Option(help: "How to print the summary: text, md or html.")
    var format: DiffFormat = .text

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
        case text, md, html

        var output: OutputFormat {
            switch self {
            case .text: .text
            case .md: .markdown
            case .html: .html
            }
        }
    }

    func validate() throws {
        if since == nil, files.count != 2 {
            throw ValidationError("Give two settings files, OLD and NEW, or --since REV and the files to compare.")
        }
        if since != nil, files.isEmpty {
            throw ValidationError("Give the settings files to compare with their version at --since.")
        }
    }

    func run() throws {
        let today = CalendarDate.todayUTC()
        let comparisons: [(name: String, loaded: PolicyDiff.Loaded)] = if let since {
            files.map { ($0, PolicyDiff.load(path: $0, since: since, today: today)) }
        } else {
            [(files[1], PolicyDiff.load(old: files[0], new: files[1], today: today))]
        }
        var changed = false
        var failed = false
        for (name, loaded) in comparisons {
            StandardStream.error.send(DiagnosticFormatter(sources: loaded.sources).format(loaded.diagnostics))
            guard let diff = loaded.diff else {
                failed = true
                continue
            }
            changed = changed || !diff.isEmpty
            let summary = diff.rendered(as: format.output, in: diff.primaryLanguage)
            print(comparisons.count > 1 ? "\(name):\n\(summary)" : summary, terminator: "")
        }
        if failed { throw ExitCode(2) }
        if changed { throw ExitCode(1) }
    }
}
