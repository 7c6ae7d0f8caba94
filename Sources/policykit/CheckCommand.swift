import ArgumentParser
import PolicyKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks settings files and reports every problem found, with its line.",
        discussion: """
            Also reports the reading grade (Flesch-Kincaid) of the poster, with a warning \
            above the settings' 'documents.max_reading_grade' (default 7), and checks that \
            every colour pair of the built-in stylesheets meets WCAG 2.1 AA contrast.
            """
    )

    @Argument(help: "Settings files to check.")
    var files: [String]

    func run() throws {
        let today = CalendarDate.todayUTC()
        let bases = SettingsBaseCache()
        var reporter = DiagnosticReporter()
        var allValid = true
        for file in files {
            let result = SettingsLoader.loadFile(atPath: file, today: today, bases: bases)
            reporter.report(result.diagnostics, sources: result.sources)
            let formatter = DiagnosticFormatter(sources: result.sources)
            guard let policy = result.policy, !result.hasErrors else {
                allValid = false
                continue
            }
            let report: ReadabilityReport
            do {
                report = try ReadabilityCheck.report(for: policy)
            } catch {
                StandardStream.error.send(formatter.format(error.diagnostics))
                allValid = false
                continue
            }
            let readability = report.diagnostics(path: file)
            if !readability.isEmpty {
                StandardStream.error.send(formatter.format(readability))
            }
            if readability.contains(where: { $0.severity == .error }) {
                allValid = false
                continue
            }
            let warnings = result.warnings.count + readability.count
            let note = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
            let grades = report.grades.map {
                "; \($0.document.rawValue) reading grade \(ReadabilityReport.formatted($0.grade)) (at most \($0.maximum))"
            }.joined()
            let lowest = report.colourPairs.map(\.ratio).min().map { ReadabilityReport.formatted($0) } ?? "-"
            print("\(file): ok\(note)\(grades); \(report.colourPairs.count) colour pairs meet WCAG AA contrast (lowest \(lowest):1)")
        }
        if !allValid { throw ExitCode(1) }
    }
}
