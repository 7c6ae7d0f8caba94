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
        var allValid = true
        for file in files {
            let result = SettingsLoader.loadFile(atPath: file, today: today)
            let formatter = DiagnosticFormatter(sources: [file: result.source])
            if !result.diagnostics.isEmpty {
                FileHandle.standardError.write(Data(formatter.format(result.diagnostics).utf8))
            }
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
