/// Prints diagnostics the way swiftc and gcc do, so editors and CI annotate them:
///
///     settings.yaml:4:3: error: unknown key 'organsation'; did you mean 'organisation'?
///       organsation:
///       ^
///
/// ```swift
/// let result = SettingsLoader.loadFile(atPath: "settings.yaml", today: .todayUTC())
/// let formatter = DiagnosticFormatter(sources: result.sources)
/// print(formatter.format(result.diagnostics), terminator: "")
/// ```
public struct DiagnosticFormatter: Sendable {
    /// The text of each file a diagnostic may point into, keyed by path.
    private let sources: [String: [UInt8]]

    /// `sources` holds the bytes of each file the diagnostics point into, by path, so
    /// each message can show its line and a caret; without them only the message prints.
    ///
    /// ```swift
    /// let result = SettingsCheck().run(["hr/settings.yaml"])
    /// let formatter = DiagnosticFormatter(sources: result.sources)
    /// ```
    public init(sources: [String: [UInt8]] = [:]) {
        self.sources = sources
    }

    /// One diagnostic as `path:line:column: severity: message`, then its source line and a
    /// caret when the source is known; ends with a newline.
    ///
    /// ```swift
    /// let text = DiagnosticFormatter().format(.warning("no EAP contact", path: "settings.yaml"))
    /// // "settings.yaml: warning: no EAP contact\n"
    /// ```
    public func format(_ diagnostic: Diagnostic) -> String {
        format(diagnostic, lines: nil)
    }

    /// Each diagnostic formatted as `format(_:)` does, one after the other, in the order
    /// given; empty when there are none.
    ///
    /// ```swift
    /// let result = SettingsLoader.loadFile(atPath: "hr/settings.yaml", today: .todayUTC())
    /// print(DiagnosticFormatter(sources: result.sources).format(result.diagnostics), terminator: "")
    /// ```
    public func format(_ diagnostics: [Diagnostic]) -> String {
        // Each file's lines are found once, not once per diagnostic: a large file with
        // many errors must not be scanned again for each.
        var lines: [String: LineIndex] = [:]
        for path in Set(diagnostics.compactMap(\.path)) {
            if let bytes = sources[path] { lines[path] = LineIndex(bytes) }
        }
        return diagnostics.map { format($0, lines: $0.path.flatMap { lines[$0] }) }.joined()
    }

    /// At most this many columns of a source line are shown around the caret, so a
    /// line of a megabyte does not flood the terminal.
    static let excerptWidth = 120

    private func format(_ diagnostic: Diagnostic, lines: LineIndex?) -> String {
        var head = ""
        if let path = diagnostic.path {
            head += Self.printable(path) + ":"
            if let location = diagnostic.location {
                head += "\(location.line):\(location.column):"
            }
            head += " "
        }
        head += "\(diagnostic.severity.rawValue): \(Self.printable(diagnostic.message))\n"
        guard let path = diagnostic.path, let location = diagnostic.location, let bytes = sources[path],
              let line = lines.map({ $0.line(location.line, of: bytes) }) ?? Self.line(location.line, of: bytes)
        else { return head }
        var scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
        var caret = min(max(0, location.column - 1), scalars.count)
        var prefix = "", suffix = ""
        if scalars.count > Self.excerptWidth {
            let start = max(0, min(caret - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
            let end = min(scalars.count, start + Self.excerptWidth)
            if start > 0 { prefix = "..." }
            if end < scalars.count { suffix = "..." }
            scalars = Array(scalars[start..<end])
            caret -= start
        }
        // Control and bidirectional-override characters are shown as U+FFFD: printed as
        // they are they could move the cursor, recolour the terminal or reverse the line.
        let shown = scalars.map { Self.isHidden($0) ? "\u{FFFD}" : $0 }
        // Tabs stay tabs under the caret so it lines up in any terminal.
        let lead = String(repeating: " ", count: prefix.count) + shown.prefix(caret).map { scalar -> String in
            scalar == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(scalar))
        }.joined()
        var text = String.UnicodeScalarView()
        text.append(contentsOf: shown)
        return head + prefix + String(text) + suffix + "\n" + lead + "^\n"
    }

    /// Characters a terminal would act on rather than show.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every character a terminal would act on replaced by U+FFFD, line
    /// breaks kept.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isHidden($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(scalar != "\n" && isHidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(result)
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

/// Where each line of a file starts, found in one pass.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
    }

    /// Line `number` (from 1) without its line break, or nil past the end.
    func line(_ number: Int, of bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] - 1 : bytes.count
        let slice = bytes[start..<end]
        return slice.last == UInt8(ascii: "\r") ? slice.dropLast() : slice
    }
}
