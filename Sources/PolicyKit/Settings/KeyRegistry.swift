/// The keys of one mapping so far, compared as the core schema resolves them
/// (`1` and `0x1` are the same key, and so, conservatively, are `1` and `"1"`).
///
/// Most mappings are small, so their keys live on a stack the parser shares
/// between mappings (a nested mapping's keys are pushed and popped while its
/// parent waits) and are searched in order; a large mapping moves to a table.
/// Keys are compared as bytes where they are: in the file, in the decoded text,
/// or, for the few plain keys the schema reads as something other than a string
/// (`null`, `0x1`), as their canonical text in `KeyTexts`.
struct KeyRegistry {
    private let base: Int
    /// The canonical key text and the offset of the key's first occurrence.
    private var table: [String: UInt32]? = nil

    init(_ parser: YAMLParser) {
        base = parser.keyStack.count
    }

    mutating func add(_ key: NodeID, parser: inout YAMLParser) {
        let record = KeyRecord(key, parser: &parser)
        if let first = firstOccurrence(of: record, parser) {
            let shown = parser.scalarText(key)
            let firstLine = parser.location(Int(first)).line
            parser.record("duplicate key '\(shown)' (first defined at line \(firstLine))", at: parser.location(of: key))
            return
        }
        if table != nil {
            table![parser.keyString(record)] = record.start
        } else if parser.keyStack.count - base < 12 {
            parser.keyStack.append(record)
        } else {
            var built = [String: UInt32](minimumCapacity: 64)
            for entry in parser.keyStack[base...] { built[parser.keyString(entry)] = entry.start }
            built[parser.keyString(record)] = record.start
            table = built
            parser.keyStack.removeLast(parser.keyStack.count - base)
        }
    }

    /// Pops this mapping's keys when the mapping ends.
    func close(_ parser: inout YAMLParser) {
        parser.keyStack.removeLast(parser.keyStack.count - base)
    }

    private func firstOccurrence(of key: KeyRecord, _ parser: YAMLParser) -> UInt32? {
        if let table { return table[parser.keyString(key)] }
        var index = base
        while index < parser.keyStack.count {
            let other = parser.keyStack[index]
            if parser.keysEqual(other, key) { return other.start }
            index += 1
        }
        return nil
    }
}

/// One key on `YAMLParser.keyStack`: where its canonical text is, and where the
/// key starts in the file (for the line of the first occurrence).
struct KeyRecord {
    enum Place: UInt8 { case source, decoded, canonical }

    var place: Place
    var isASCII: Bool
    var first: UInt32
    var count: UInt32
    var start: UInt32

    init(_ key: NodeID, parser: inout YAMLParser) {
        let node = parser.store[key]
        start = node.start
        place = node.textIsDecoded ? .decoded : .source
        first = node.first
        count = node.count
        if node.kind == .plain && parser.withKeyBytes(place, first, count, CoreSchema.mayNotBeString) {
            let canonical = CoreSchema.canonicalText(CoreSchema.resolvePlain(parser.scalarText(key)))
            place = .canonical
            first = UInt32(truncatingIfNeeded: parser.canonicalKeys.count)
            count = UInt32(truncatingIfNeeded: canonical.utf8.count)
            parser.canonicalKeys.append(contentsOf: canonical.utf8)
        }
        isASCII = parser.withKeyBytes(place, first, count) { !$0.contains { $0 >= 0x80 } }
    }
}

extension YAMLParser {
    /// A scalar's text as parsed, for messages and the schema.
    func scalarText(_ id: NodeID) -> String {
        let node = store[id]
        return withKeyBytes(node.textIsDecoded ? .decoded : .source, node.first, node.count) {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func withKeyBytes<T>(_ place: KeyRecord.Place, _ first: UInt32, _ count: UInt32,
                         _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let range = Int(first)..<Int(first) + Int(count)
        switch place {
        case .source: return body(UnsafeBufferPointer(rebasing: text[range]))
        case .decoded: return store.decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        case .canonical: return canonicalKeys.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    func keyString(_ key: KeyRecord) -> String {
        withKeyBytes(key.place, key.first, key.count) { String(decoding: $0, as: UTF8.self) }
    }

    /// Keys are the same when their texts are equal `String`s, as the decoder and
    /// `merged(over:)` compare them; for ASCII that is equal bytes.
    func keysEqual(_ a: KeyRecord, _ b: KeyRecord) -> Bool {
        guard a.isASCII && b.isASCII else { return keyString(a) == keyString(b) }
        guard a.count == b.count else { return false }
        return withKeyBytes(a.place, a.first, a.count) { x in
            withKeyBytes(b.place, b.first, b.count) { y in
                var i = 0
                while i < x.count {
                    if x[i] != y[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }
}
