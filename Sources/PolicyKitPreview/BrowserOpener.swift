#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PolicyKit

/// Opens an address in the user's default browser, for `--open`.
enum BrowserOpener {
    #if canImport(Darwin)
    static let program = "open"
    #else
    static let program = "xdg-open"
    #endif

    /// Runs the system's opener, which hands the address to the browser and returns; a
    /// failure is reported, not fatal, since the address is printed anyway.
    static func open(_ address: String) {
        guard let opener = ProgramSearch.find(program, in: ProgramSearch.environmentPath) else {
            Terminal.warn("warning: there is no \(program) to open a browser; open \(address) yourself")
            return
        }
        let process = ChildProcess(executable: opener, arguments: [address], environment: ProcessInfo.processInfo.environment)
        if case .exited(status: 0, errorOutput: _) = process.run(timeLimitSeconds: 10) { return }
        Terminal.warn("warning: \(program) could not open a browser; open \(address) yourself")
    }
}
