import ArgumentParser
import PolicyKit

@main
struct PolicyKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit",
        abstract: "Builds a client code of conduct and staff safety policy from one settings file.",
        version: PolicyKitVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, InitCommand.self, ParseCommand.self,
            RenderCommand.self, TemplatesCommand.self,
        ]
    )

    /// Exit codes are part of the interface CI relies on: 0 success, 1 invalid input
    /// or stale documents, 2 wrong usage. ArgumentParser's own usage code is 64.
    static func main() {
        // A build (and a check, for its reading level) needs the built-in templates in
        // all but the rarest runs; they are read on the other core meanwhile.
        if let name = CommandLine.arguments.dropFirst().first, name == "build" || name == "check" {
            DocumentFiller.prepareBuiltIn()
        }
        do {
            var command: any ParsableCommand
            if let split = FileArguments.split(Array(CommandLine.arguments.dropFirst())) {
                command = try parseAsRoot(split.arguments)
                if var build = command as? BuildCommand {
                    build.settings = split.files
                    command = build
                } else if var check = command as? CheckCommand {
                    check.files = split.files
                    command = check
                }
            } else {
                command = try parseAsRoot()
            }
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { StandardStream.error.send(message + "\n") }
                Self.exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
