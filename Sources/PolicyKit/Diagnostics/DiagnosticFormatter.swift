/// Prints diagnostics the way swiftc and gcc do, so editors and CI annotate them:
///
///     settings.yaml:4:3: error: unknown key 'organsation'; did you mean 'organisation'?
///       organsation:
///       ^
public struct DiagnosticFormatter: Sendable {
    /// The text of each file a diagnostic may point into, keyed by path.
    private var sources: [String: [UInt8]]

    public init(sources: [String: [UInt8]] = [:]) {
        self.sources = sources
    }

    public mutating func addSource(_ bytes: [UInt8], path: String) {
        sources[path] = bytes
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var head = ""
        if let path = diagnostic.path {
            head += path + ":"
            if let location = diagnostic.location {
                head += "\(location.line):\(location.column):"
            }
            head += " "
        }
        head += "\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        guard let path = diagnostic.path, let location = diagnostic.location,
              let bytes = sources[path], let line = Self.line(location.line, of: bytes)
        else { return head }
        let shown = String(decoding: line, as: UTF8.self)
        // Tabs stay tabs under the caret so it lines up in any terminal.
        let lead = shown.unicodeScalars.prefix(max(0, location.column - 1)).map { scalar -> String in
            scalar == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(scalar))
        }.joined()
        return head + shown + "\n" + lead + "^\n"
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// Line `number` (from 1) without its line break, or nil past the end.
    static func line(_ number: Int, of bytes: [UInt8]) -> ArraySlice<UInt8>? {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                if current == number { return trimCR(bytes[start..<index]) }
                current += 1
                start = index + 1
            }
            index += 1
        }
        return current == number ? trimCR(bytes[start..<bytes.count]) : nil
    }

    private static func trimCR(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        slice.last == UInt8(ascii: "\r") ? slice.dropLast() : slice
    }
}
