/// The keys of one mapping so far, for reporting duplicates.
///
/// Keys are compared as the core schema resolves them (`1` and `0x1` are the
/// same key, and so, conservatively, are `1` and `"1"`), and as `String`s, as
/// the decoder and `merged(over:)` compare them, so that canonically equivalent
/// spellings (a precomposed `é` and `e` with a combining accent) are one key.
///
/// Most mappings have a few keys, and comparing a new key with each of them is
/// quicker than hashing it; a mapping that grows past `searchedInOrder` keys
/// moves them to a dictionary.
struct KeyRegistry {
    private static let searchedInOrder = 16
    /// Each key's text and the offset where it first appears, while the mapping is small.
    private var few: [(text: String, first: UInt32)] = []
    /// The same, once the mapping is large.
    private var many: [String: UInt32] = [:]

    /// Adds a key of the mapping, recording an error if it is a duplicate.
    mutating func add(_ key: NodeID, parser: inout YAMLParser) {
        let text = parser.keyText(key)
        guard let first = firstOffset(of: text) else {
            let offset = parser.store[key].start
            if many.isEmpty && few.count < Self.searchedInOrder {
                few.append((text, offset))
            } else {
                if many.isEmpty {
                    for (text, first) in few { many[text] = first }
                }
                many[text] = offset
            }
            return
        }
        let firstLine = parser.location(Int(first)).line
        parser.record("duplicate key '\(parser.scalarText(key))' (first defined at line \(firstLine))",
                      at: parser.location(of: key))
    }

    private func firstOffset(of text: String) -> UInt32? {
        if !many.isEmpty { return many[text] }
        return few.first { $0.text == text }?.first
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
