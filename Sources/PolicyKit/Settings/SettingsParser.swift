/// Reads a settings file: the strict YAML 1.2 subset the README describes.
///
/// Anything outside the subset is rejected with an error naming the feature and
/// where it appears, so a file either means what any YAML 1.2 parser says it
/// means or does not load at all.
public enum SettingsParser {
    /// Files larger than this are refused before parsing: a settings file is a few
    /// kilobytes, and a bound keeps memory and time predictable.
    public static let maximumSize = 64 * 1024 * 1024
    /// How deeply collections may nest; deeper input is an error, never a stack overflow.
    public static let maximumDepth = 1000
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
        let result: Result<Node?, DiagnosticList> = DeepStack.run {
            bytes.withUnsafeBufferPointer { buffer in
                var parser = YAMLParser(buffer, path: path)
                defer { parser.deallocate() }
                do throws(DiagnosticList) {
                    guard let root = try parser.parseStream() else {
                        parser.store.deallocate()
                        return .success(nil)
                    }
                    let document = ParsedDocument(source: bytes, storage: NodeStorage(parser.store))
                    return .success(Node(document, root))
                } catch {
                    parser.store.deallocate()
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }
}
