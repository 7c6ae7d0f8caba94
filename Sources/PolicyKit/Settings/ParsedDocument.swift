/// A parsed file's nodes (see `NodeStore`), shared by every `Node` read from it.
/// Immutable: a `Node` that is changed stops referring to it.
final class ParsedDocument: Sendable {
    let source: [UInt8]
    let storage: NodeStorage
    /// Which file of a load this is (see `SourceLocation.file`).
    let file: Int

    init(source: [UInt8], storage: NodeStorage, file: Int = 0) {
        self.source = source
        self.storage = storage
        self.file = file
    }

    /// The same nodes, their locations marked as being in `file`; the storage is shared.
    func stamped(file: Int) -> ParsedDocument {
        file == self.file ? self : ParsedDocument(source: source, storage: storage, file: file)
    }

    func kind(_ id: NodeID) -> Node.Kind {
        let record = storage.records[Int(id)]
        let children = storage.children
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
        let range = Int(record.first)..<Int(record.first) + Int(record.count)
        if record.textIsDecoded {
            return storage.decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func range(_ id: NodeID) -> SourceRange {
        let record = storage.records[Int(id)]
        return SourceRange(start: location(Int(record.start)), end: location(Int(record.end)))
    }

    func location(_ offset: Int) -> SourceLocation {
        source.withUnsafeBufferPointer { text in
            LineTable.location(of: offset, lineStarts: storage.lineStarts, text: text, file: file)
        }
    }
}
