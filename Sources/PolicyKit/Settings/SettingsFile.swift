/// The size limit of a settings file, on top of the parser's own.
enum SettingsFile {
    /// The largest settings file accepted. A policy's settings run to a few kilobytes;
    /// the parser itself takes up to `SettingsParser.maximumSize`, but a settings file
    /// that large is a mistake or an attack.
    static let maximumSize = 2 << 20

    /// Parses a settings file (or a base it extends) within `maximumSize`.
    static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> Node? {
        guard bytes.count <= maximumSize else {
            throw DiagnosticList([.error(
                "the file is larger than \(maximumSize >> 20) MB, the most a settings file may hold",
                path: path, at: SourceLocation(line: 1, column: 1, offset: 0))])
        }
        return try SettingsParser.parse(bytes, path: path)
    }
}
