/// Reads a settings file: the strict YAML 1.2 subset the README describes.
///
/// Anything outside the subset is rejected with an error naming the feature and
/// where it appears, so a file either means what any YAML 1.2 parser says it
/// means or does not load at all.
package enum SettingsParser {
    /// Files larger than this are refused before parsing: a settings file is a few
    /// kilobytes, and a bound keeps memory and time predictable.
    static let maximumSize = 64 * 1024 * 1024
    /// How deeply collections may nest; deeper input is an error, never a stack overflow.
    /// Settings nest a handful of levels. The parse recurses once a level, and a debug
    /// build's frames are large (about 13 KB a level of flow collections), so this keeps
    /// the deepest input well within the smallest stack a parse may run on: a Dispatch
    /// worker thread's, 512 KB on Linux.
    static let maximumDepth = 24
    /// At most this many errors are reported for one file.
    static let maximumErrors = 20

    /// The document's root node, or nil when the file holds no document at all
    /// (only comments, blank lines or nothing).
    package static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> Node? {
        if bytes.count > maximumSize {
            throw DiagnosticList([.error(
                "the file is larger than \(maximumSize) bytes, the most a settings file may hold",
                path: path, at: SourceLocation(line: 1, column: 1, offset: 0))])
        }
        let problems = InputCheck.problems(in: bytes, limit: maximumErrors)
        if !problems.isEmpty {
            throw DiagnosticList(problems.map { .error($0.message, path: path, at: $0.location) })
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(DiagnosticList) in
            var parser = YAMLParser(buffer, path: path)
            guard let root = try parser.parseStream() else { return nil }
            return Node(ParsedDocument(source: bytes, storage: NodeStorage(parser.store)), root)
        }
    }
}
