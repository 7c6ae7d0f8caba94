import ArgumentParser
import PolicyKit

@main
struct PolicyKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit",
        abstract: "Builds a client code of conduct and staff safety policy from one settings file.",
        version: PolicyKitVersion.current,
        subcommands: [InitCommand.self, TemplatesCommand.self]
    )
}
