import ArgumentParser
import PreviewCommandLine

/// `policykit preview`: the documents in a browser, rebuilt on each save. The server is
/// the separate program `policykit-preview`, which this command becomes once its options
/// are checked, so `policykit` itself carries no web server.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: PreviewArguments.abstract,
        discussion: PreviewArguments.discussion
    )

    @OptionGroup var arguments: PreviewArguments

    func run() throws {
        do {
            try SiblingProgram.preview.replaceProcess(arguments: arguments.commandLine)
        } catch {
            StandardStream.error.send("error: \(error.message)\n")
            throw ExitCode(1)
        }
    }
}
