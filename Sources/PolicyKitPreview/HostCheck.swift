/// Which `Host` headers the preview answers. A web page elsewhere can point a domain
/// name of its own at 127.0.0.1 (DNS rebinding) and read the preview as if it were on
/// that domain; its requests then carry that domain as their Host, so only the names
/// this computer itself uses are answered.
struct HostCheck: Sendable {
    /// Lowercased `host:port` values answered.
    private let allowed: Set<String>
    /// Whether any IP address literal is answered: when listening on every address
    /// (0.0.0.0 or ::), others reach the preview by this computer's address, and an
    /// address, unlike a name, cannot be rebound.
    private let anyAddressLiteral: Bool
    private let port: UInt16

    /// Answers localhost, 127.0.0.1 and [::1] on `port`, and `listenHost` (the `--host`
    /// given) on it.
    init(listenHost: String, port: UInt16) {
        self.port = port
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        let host = listenHost.lowercased()
        names.insert(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
        var allowed: Set<String> = []
        for name in names {
            allowed.insert("\(name):\(port)")
            // A browser leaves out the port when it is HTTP's own.
            if port == 80 { allowed.insert(name) }
        }
        self.allowed = allowed
        anyAddressLiteral = host == "0.0.0.0" || host == "::" || host == "[::]"
    }

    /// Whether a request with this `Host` header (nil: none) is answered.
    func allows(_ header: String?) -> Bool {
        guard let header else { return false }
        let value = header.lowercased()
        if allowed.contains(value) { return true }
        guard anyAddressLiteral else { return false }
        return Self.isAddressLiteral(value, port: port)
    }

    /// `a.b.c.d:port` or `[v6]:port` (no name that DNS could answer for).
    private static func isAddressLiteral(_ value: String, port: UInt16) -> Bool {
        let suffix = ":\(port)"
        guard value.hasSuffix(suffix) else { return false }
        let host = value.dropLast(suffix.count)
        if host.hasPrefix("["), host.hasSuffix("]") {
            let inner = host.dropFirst().dropLast()
            return !inner.isEmpty && inner.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && Int(part)! <= 255
        }
    }
}
