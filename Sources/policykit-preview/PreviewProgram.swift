#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PolicyKit
import PolicyKitPreview
import PreviewCommandLine

/// `policykit-preview`: the server behind `policykit preview`. It is a program of its own
/// so that `policykit` links no web server, nor the networking libraries the server's
/// Foundation brings; `policykit preview` replaces itself with this program.
@main
struct PreviewProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policykit-preview",
        abstract: PreviewArguments.abstract,
        discussion: PreviewArguments.discussion,
        version: PolicyKitVersion.current
    )

    @OptionGroup var arguments: PreviewArguments

    func run() throws {
        do {
            try Preview.run(PreviewOptions(
                settings: arguments.settings, templatesFolder: arguments.templates,
                host: arguments.host, port: arguments.port, openBrowser: arguments.open))
        } catch {
            let line = Array("error: \(error.message)\n".utf8)
            _ = line.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            throw ExitCode(1)
        }
    }
}
