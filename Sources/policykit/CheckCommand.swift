import ArgumentParser
import Foundation
import PolicyKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks settings files and reports every problem found, with its line."
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
            if result.hasErrors || result.policy == nil {
                allValid = false
            } else {
                let warnings = result.warnings.count
                let note = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
                print("\(file): ok\(note)")
            }
        }
        if !allValid { throw ExitCode(1) }
    }
}
