/// Reads a settings file: the strict YAML 1.2 subset PRODUCT.md describes.
///
/// Anything outside the subset is rejected with an error naming the feature and
/// where it appears, so a file either means what any YAML 1.2 parser says it
/// means or does not load at all.
public enum SettingsParser {
    /// Files larger than this are refused before parsing: a settings file is a few
    /// kilobytes, and a bound keeps memory and time predictable.
    public static let maximumSize = 64 * 1024 * 1024
    /// How deeply collections may nest; deeper input is an error, never a stack overflow.
    /// Settings nest a few levels; the parse and the readers of its nodes recurse once a
    /// level, and at this depth they fit in the smallest stack they may run on, a
    /// worker thread's (512 KB on Linux), even in a debug build.
    public static let maximumDepth = 100
    /// At most this many errors are reported for one file.
    public static let maximumErrors = 20

    /// The document's root node, or nil when the file holds no document at all
    /// (only comments, blank lines or nothing).
    public static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> Node? {
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
