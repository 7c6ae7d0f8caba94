import ArgumentParser
import PolicyKit

@main
struct PolicyKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit",
        abstract: "Builds a client code of conduct and staff safety policy from one settings file.",
        version: PolicyKitVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, DiffCommand.self, InitCommand.self, ParseCommand.self,
            LetterCommand.self, PreviewCommand.self, RenderCommand.self, SchemaCommand.self, TemplatesCommand.self,
        ]
    )

    /// Exit codes are part of the interface CI relies on: 0 success, 1 invalid input
    /// or stale documents, 2 wrong usage. ArgumentParser's own usage code is 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { StandardStream.error.send(message + "\n") }
                Self.exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
