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
        let written: [String]
        do {
            written = try StarterSettingsWriter.write(toPath: path, today: CalendarDate.todayUTC(), jurisdiction: jurisdiction)
        } catch {
            StandardStream.error.send(DiagnosticFormatter().format(error))
            throw ExitCode(1)
        }
        if written.count > 1 {
            // The schema lets editors such as VS Code check the keys while typing.
            print("wrote \(written.joined(separator: " and ")); edit \(path), then run: policykit check \(path)")
        } else {
            print("wrote \(path), keeping the schema already beside it; edit \(path), then run: policykit check \(path)")
        }
    }
}
