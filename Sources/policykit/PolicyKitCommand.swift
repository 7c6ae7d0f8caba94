import ArgumentParser
import Foundation
import PolicyKit

@main
struct PolicyKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit",
        abstract: "Builds a client code of conduct and staff safety policy from one settings file.",
        version: PolicyKitVersion.current,
        subcommands: [RenderCommand.self]
    )

    /// Usage errors exit with 2, like other command-line tools, rather than
    /// ArgumentParser's EX_USAGE (64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
