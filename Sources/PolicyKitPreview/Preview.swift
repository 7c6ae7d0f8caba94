#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import FlyingFox
import FlyingSocks
import PolicyKit
import Synchronization

/// `policykit preview`: serves a page of the documents built from a settings file, and
/// rebuilds them each time the file, a base it extends or a template is saved; the open
/// page reloads by itself. The server is FlyingFox, which has no dependencies of its own.
///
/// ```swift
/// try Preview.run(PreviewOptions(settings: "settings.yaml"))   // until the program is stopped
/// ```
public enum Preview {
    /// Serves until the program is stopped; throws only when it cannot start (no such
    /// settings file, the port taken, a host that is not an address).
    public static func run(_ options: PreviewOptions) throws(PreviewError) {
        // The command line is synchronous; the server is not. This thread waits while
        // Swift's concurrency threads serve.
        let outcome = Mutex<PreviewError?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(PreviewError) {
                try await serve(options)
            } catch {
                outcome.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
    }

    static func serve(_ options: PreviewOptions) async throws(PreviewError) {
        let listen = try ListenAddress(host: options.host, port: options.port)
        guard FileStamps(files: [options.settings]).exists(options.settings) else {
            throw PreviewError("no such file: '\(options.settings)'")
        }
        if let folder = options.templatesFolder, !FileStamps(files: [folder]).exists(folder) {
            throw PreviewError("templates folder '\(folder)' does not exist")
        }
        let state = PreviewState(settingsPath: options.settings)
        let first = PreviewBuild(settings: options.settings, templatesFolder: options.templatesFolder)
        await state.show(first)
        let server = HTTPServer(config: HTTPServer.Configuration(address: listen.socketAddress, logger: .disabled))
        let watcher = SettingsWatcher(settings: options.settings, templatesFolder: options.templatesFolder)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask {
                    try await server.waitUntilListening()
                    let port = await server.listeningAddress.flatMap(ListenAddress.port(of:)) ?? options.port
                    await server.appendRoute("*", to: PreviewHandler(state: state, hosts: HostCheck(listenHost: listen.host, port: port)))
                    let address = listen.pageAddress(port: port)
                    if !listen.isLoopback {
                        Terminal.warn("""
                            warning: listening on \(listen.host), not only on this computer: anyone who can reach it on \
                            port \(port) can read these documents. Leave out --host to keep the preview on this computer.
                            """)
                    }
                    Terminal.say("Previewing \(options.settings) at \(address)")
                    Terminal.say("Open that address in a browser; the page updates each time you save. Press Ctrl-C to stop.")
                    report(first)
                    if options.openBrowser { BrowserOpener.open(address) }
                    await watcher.run(showingIn: state, first: first, report: report)
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            throw PreviewError("cannot listen on \(listen.display(port: options.port)): \(ListenAddress.reason(error))")
        }
    }

    /// One line in the terminal for each build, so it is clear the save was seen.
    private static func report(_ build: PreviewBuild) {
        let errors = build.diagnostics.filter(\.isError).count
        if errors > 0 {
            Terminal.warn("The settings have \(errors) problem\(errors == 1 ? "" : "s"); the page shows \(errors == 1 ? "it" : "them").")
        } else if let documents = build.documents {
            Terminal.say("Built \(documents.count) documents.")
        }
    }
}

/// The address to listen on, from `--host` and `--port`.
struct ListenAddress: Sendable {
    /// As given, brackets removed from an IPv6 address; `localhost` becomes 127.0.0.1.
    var host: String
    var socketAddress: any SocketAddress

    init(host given: String, port: UInt16) throws(PreviewError) {
        var host = given.lowercased() == "localhost" ? "127.0.0.1" : given
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host
        do {
            socketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw PreviewError("--host takes an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network); '\(given)' is not one")
        }
    }

    /// Whether only this computer can connect: 127.0.0.0/8 or ::1.
    var isLoopback: Bool {
        host.hasPrefix("127.") || host == "::1"
    }

    /// The address to open in a browser: a loopback one when listening on every address.
    func pageAddress(port: UInt16) -> String {
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "[::1]" : host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    func display(port: UInt16) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    static func port(of address: Socket.Address) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        case .unix: nil
        }
    }

    /// Why listening failed, in words that say what to do.
    static func reason(_ error: any Error) -> String {
        if case SocketError.failed(_, let code, _) = error {
            if code == EADDRINUSE { return "another program is using that port; choose another with --port" }
            if code == EACCES { return "this user may not use that port; choose one above 1023 with --port" }
            if code == EADDRNOTAVAIL { return "this computer has no such address; leave out --host to use 127.0.0.1" }
        }
        return "\(error)"
    }
}
