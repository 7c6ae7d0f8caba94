import Subprocess

/// Opens an address in the user's default browser, for `--open`.
enum BrowserOpener {
    #if canImport(Darwin)
    static let program = "open"
    #else
    static let program = "xdg-open"
    #endif

    /// Starts the system's opener; a failure is reported, not fatal, since the address
    /// is printed anyway.
    static func open(_ address: String) async {
        do {
            let result = try await Subprocess.run(.name(program), arguments: [address], output: .discarded, error: .discarded)
            if case .exited(let code) = result.terminationStatus, code == 0 { return }
            Terminal.warn("warning: \(program) could not open a browser; open \(address) yourself")
        } catch {
            Terminal.warn("warning: could not run \(program) to open a browser; open \(address) yourself")
        }
    }
}
