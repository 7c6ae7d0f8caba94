/// The keys of one mapping so far, for reporting duplicates.
///
/// Keys are compared as the core schema resolves them (`1` and `0x1` are the
/// same key, and so, conservatively, are `1` and `"1"`), and as `String`s, as
/// the decoder and `merged(over:)` compare them, so that canonically equivalent
/// spellings (a precomposed `é` and `e` with a combining accent) are one key.
struct KeyRegistry {
    /// Each key's text and the offset where it first appears.
    private var firstOffsets: [String: UInt32] = [:]

    /// Adds a key of the mapping, recording an error if it is a duplicate.
    mutating func add(_ key: NodeID, parser: inout YAMLParser) {
        let text = parser.keyText(key)
        guard let first = firstOffsets[text] else {
            firstOffsets[text] = parser.store[key].start
            return
        }
        let firstLine = parser.location(Int(first)).line
        parser.record("duplicate key '\(parser.scalarText(key))' (first defined at line \(firstLine))",
                      at: parser.location(of: key))
    }
}

extension YAMLParser {
    /// The text that identifies a key: a plain scalar's canonical value (`0x1` reads as `1`),
    /// any other scalar's text.
    func keyText(_ key: NodeID) -> String {
        let node = store[key]
        if node.kind == .plain && withText(node, CoreSchema.mayNotBeString) {
            return CoreSchema.canonicalText(CoreSchema.resolvePlain(scalarText(key)))
        }
        return scalarText(key)
    }

    /// A scalar's text as parsed, for messages and the schema.
    func scalarText(_ id: NodeID) -> String {
        withText(store[id]) { String(decoding: $0, as: UTF8.self) }
    }

    private func withText<T>(_ node: NodeRecord, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let range = Int(node.first)..<Int(node.first) + Int(node.count)
        if node.textIsDecoded {
            return store.decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return body(UnsafeBufferPointer(rebasing: text[range]))
    }
}
