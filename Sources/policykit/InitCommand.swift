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

    @Option(help: "The languages of the documents, the main one first, by code: \(Language.all.map(\.code).joined(separator: ",")).")
    var languages: String = "en"

    func run() throws {
        let written: [String]
        do {
            let chosen = try Self.languages(from: languages)
            written = try StarterSettingsWriter.write(toPath: path, today: CalendarDate.todayUTC(), jurisdiction: jurisdiction, languages: chosen)
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

    /// "en,es" as languages, each known and listed once.
    private static func languages(from list: String) throws(Diagnostic) -> [Language] {
        var chosen: [Language] = []
        for code in list.split(separator: ",").map({ String($0.filter { $0 != " " }) }) where !code.isEmpty {
            guard let language = Language(code: code) else {
                throw .error("--languages: unknown language '\(code)'; PolicyKit has documents in: \(Language.all.map(\.code).joined(separator: ", "))")
            }
            if !chosen.contains(language) { chosen.append(language) }
        }
        guard !chosen.isEmpty else { throw .error("--languages: give at least one language code, e.g. en,es") }
        return chosen
    }
}
