import ArgumentParser
import PolicyKit

extension Jurisdiction: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Writes a commented starter settings file to edit."
    )

    @Argument(help: "Where to write the settings file.")
    var path: String = "settings.yaml"

    @Option(help: "CA, US, AU or UK: chooses the emergency and crisis numbers.")
    var jurisdiction: Jurisdiction = .canada

    func run() throws {
        do {
            try StarterSettingsWriter.write(toPath: path, today: CalendarDate.todayUTC(), jurisdiction: jurisdiction)
        } catch {
            StandardStream.error.send(DiagnosticFormatter().format(error))
            throw ExitCode(1)
        }
        print("wrote \(path); edit it, then run: policykit check \(path)")
    }
}
