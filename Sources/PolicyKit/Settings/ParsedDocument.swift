/// A parsed file's nodes (see `NodeStore`), shared by every `Node` read from it.
/// Immutable: a `Node` that is changed stops referring to it.
final class ParsedDocument: Sendable {
    let source: [UInt8]
    let records: [NodeRecord]
    let children: [NodeID]
    let decoded: [UInt8]
    let lineStarts: [UInt32]
    /// Which file of a load this is (see `SourceLocation.file`).
    let file: Int

    init(source: [UInt8], store: NodeStore, file: Int = 0) {
        self.source = source
        self.records = store.records
        self.children = store.children
        self.decoded = store.decoded
        self.lineStarts = store.lineStarts
        self.file = file
    }

    private init(_ other: ParsedDocument, file: Int) {
        source = other.source
        records = other.records
        children = other.children
        decoded = other.decoded
        lineStarts = other.lineStarts
        self.file = file
    }

    /// The same nodes, their locations marked as being in `file`; the arrays are shared.
    func stamped(file: Int) -> ParsedDocument {
        file == self.file ? self : ParsedDocument(self, file: file)
    }

    func kind(_ id: NodeID) -> Node.Kind {
        let record = records[Int(id)]
        let first = Int(record.first)
        let count = Int(record.count)
        switch record.kind {
        case .sequence:
            return .sequence((first..<first + count).map { Node(self, children[$0]) })
        case .mapping:
            return .mapping(stride(from: first, to: first + count, by: 2).map {
                MappingEntry(key: Node(self, children[$0]), value: Node(self, children[$0 + 1]))
            })
        case .plain: return .scalar(Scalar(text(record), style: .plain))
        case .singleQuoted: return .scalar(Scalar(text(record), style: .singleQuoted))
        case .doubleQuoted: return .scalar(Scalar(text(record), style: .doubleQuoted))
        case .literal: return .scalar(Scalar(text(record), style: .literal))
        case .folded: return .scalar(Scalar(text(record), style: .folded))
        }
    }

    func text(_ record: NodeRecord) -> String {
        withText(record) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a scalar's text as UTF-8 bytes.
    func withText<T>(_ record: NodeRecord, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let bytes = record.textIsDecoded ? decoded : source
        return bytes.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[Int(record.first)..<Int(record.first) + Int(record.count)]))
        }
    }

    func range(_ id: NodeID) -> SourceRange {
        let record = records[Int(id)]
        return SourceRange(start: location(Int(record.start)), end: location(Int(record.end)))
    }

    func location(_ offset: Int) -> SourceLocation {
        lineStarts.withUnsafeBufferPointer { lines in
            source.withUnsafeBufferPointer { text in
                LineTable.location(of: offset, lineStarts: lines, text: text, file: file)
            }
        }
    }
}
