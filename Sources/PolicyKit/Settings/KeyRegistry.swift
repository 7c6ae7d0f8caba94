/// The keys of one mapping so far, compared as the core schema resolves them
/// (`1` and `0x1` are the same key, and so, conservatively, are `1` and `"1"`).
///
/// The keys live on a stack the parser shares between mappings (a nested
/// mapping's keys are pushed and popped while its parent waits). Most mappings
/// are small, and their keys are searched in order; a large one also indexes its
/// keys by a hash of their bytes (`KeyTable`). Keys are compared as bytes where
/// they are: in the file, in the decoded text, or, for the few plain keys the
/// schema reads as something other than a string (`null`, `0x1`), as their
/// canonical text in `YAMLParser.canonicalKeys`.
///
/// Keys beyond ASCII compare as `String`s, as the decoder compares them, so that
/// canonically equivalent spellings (a precomposed `é` and `e` with a combining
/// accent) are one key. Their bytes differ, so a byte hash cannot find them: a
/// large mapping with such a key keeps a `[String: UInt32]` instead.
struct KeyRegistry {
    private let base: Int
    private var table: KeyTable? = nil
    /// Every key's text and the offset of its first occurrence, once a large
    /// mapping has a key beyond ASCII; its keys then leave the stack.
    private var strings: [String: UInt32]? = nil

    /// Up to this many keys, a mapping's keys are searched in order.
    private static let smallSize = 12

    /// `base` is the height of `YAMLParser.keyStack` when the mapping starts.
    init(base: Int) {
        self.base = base
    }

    /// Adds a key of the mapping, recording an error if it is a duplicate.
    /// The small mapping's way is kept short enough to inline into the parser.
    @inline(__always)
    mutating func add(_ key: NodeID, parser: inout YAMLParser) {
        let record = parser.keyRecord(key)
        let first: UInt32?
        if table == nil && strings == nil && parser.keyStack.count - base < Self.smallSize {
            first = searchInOrder(record, parser: &parser)
            if first == nil { parser.keyStack.append(record) }
        } else {
            first = firstOccurrenceInLarge(of: record, parser: &parser)
        }
        if let first { Self.reportDuplicate(key, first: first, parser: &parser) }
    }

    @inline(never)
    private static func reportDuplicate(_ key: NodeID, first: UInt32, parser: inout YAMLParser) {
        let shown = parser.scalarText(key)
        let firstLine = parser.location(Int(first)).line
        parser.record("duplicate key '\(shown)' (first defined at line \(firstLine))", at: parser.location(of: key))
    }

    /// Where an equal key was first defined; nil after adding `record`, a new key.
    /// For a mapping with `smallSize` keys or more.
    @inline(never)
    private mutating func firstOccurrenceInLarge(of record: KeyRecord, parser: inout YAMLParser) -> UInt32? {
        if strings != nil { return addString(record, parser: &parser) }
        let position = parser.keyStack.count
        if table == nil {
            if let first = searchInOrder(record, parser: &parser) { return first }
            // The mapping has grown large: index the keys it has, if it can.
            guard record.isASCII && (base..<position).allSatisfy({ parser.keyStack[$0].isASCII }) else {
                return moveToStrings(adding: record, parser: &parser)
            }
            var built = KeyTable(capacity: 4 * Self.smallSize)
            for index in base..<position {
                _ = built.findOrAdd(hash: parser.keyHash(parser.keyStack[index]), position: index) { _ in false }
            }
            table = built
        } else if !record.isASCII {
            return moveToStrings(adding: record, parser: &parser)
        }
        let hash = parser.keyHash(record)
        if let other = table!.findOrAdd(hash: hash, position: position, isSame: { other in
            let known = parser.keyStack[other]
            return known.prefix == record.prefix && known.count == record.count
                && (known.count <= 8 || parser.sameKey(known, record))
        }) {
            return parser.keyStack[other].start
        }
        parser.keyStack.append(record)
        return nil
    }

    /// The first key on the stack equal to `record`, by a walk over this mapping's keys.
    @inline(__always)
    private func searchInOrder(_ record: KeyRecord, parser: inout YAMLParser) -> UInt32? {
        var index = base
        let top = parser.keyStack.count
        while index < top {
            let other = parser.keyStack[index]
            // Most keys differ in their first eight bytes; ASCII keys of the same
            // length and prefix are the same when that is all of them.
            if other.prefix == record.prefix && other.count == record.count && other.isASCII && record.isASCII {
                if other.count <= 8 || parser.sameKey(other, record) { return other.start }
            } else if !(other.isASCII && record.isASCII) && parser.sameKey(other, record) {
                return other.start
            }
            index += 1
        }
        return nil
    }

    private mutating func moveToStrings(adding record: KeyRecord, parser: inout YAMLParser) -> UInt32? {
        var built = [String: UInt32](minimumCapacity: 2 * (parser.keyStack.count - base + 1))
        for index in base..<parser.keyStack.count {
            let entry = parser.keyStack[index]
            built[parser.keyString(entry)] = entry.start
        }
        parser.keyStack.removeLast(parser.keyStack.count - base)
        strings = built
        table = nil
        return addString(record, parser: &parser)
    }

    private mutating func addString(_ record: KeyRecord, parser: inout YAMLParser) -> UInt32? {
        let text = parser.keyString(record)
        if let first = strings![text] { return first }
        strings![text] = record.start
        return nil
    }

    /// Pops this mapping's keys when the mapping ends.
    func close(_ parser: inout YAMLParser) {
        parser.keyStack.removeLast(parser.keyStack.count - base)
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
    /// The first eight bytes, which tell most different keys apart at once.
    var prefix: UInt64
}

extension YAMLParser {
    @inline(__always)
    mutating func keyRecord(_ key: NodeID) -> KeyRecord {
        let node = store[key]
        let first = Int(node.first)
        let count = Int(node.count)
        // Most keys: as written in the file, not near its end (so whole words can
        // be loaded), and not possibly null, a boolean or a number.
        if !node.textIsDecoded && count > 0 && end - first >= count + 8 {
            let start = text.baseAddress! + first
            if node.kind != .plain || !CoreSchema.mayStartNonString(start[0])
                || !CoreSchema.mayNotBeString(UnsafeBufferPointer(start: start, count: count)) {
                var prefix: UInt64 = 0
                var high: UInt64 = 0
                var index = 0
                while index < count {
                    var word = UInt64(littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
                    if count - index < 8 { word &= (1 << (8 * UInt64(count - index))) &- 1 }
                    if index == 0 { prefix = word }
                    high |= word
                    index += 8
                }
                return KeyRecord(place: .source, isASCII: high & 0x8080_8080_8080_8080 == 0, first: node.first,
                                 count: node.count, start: node.start, prefix: prefix)
            }
        }
        return generalKeyRecord(key)
    }

    @inline(never)
    private mutating func generalKeyRecord(_ key: NodeID) -> KeyRecord {
        let node = store[key]
        if !node.textIsDecoded {
            // The common case, a key as written in the file, without detours.
            let bytes = UnsafeBufferPointer(rebasing: text[Int(node.first)..<Int(node.first) + Int(node.count)])
            if node.kind != .plain || !CoreSchema.mayNotBeString(bytes) {
                let (prefix, isASCII) = Self.summary(of: bytes, readable: end - Int(node.first))
                return KeyRecord(place: .source, isASCII: isASCII, first: node.first, count: node.count,
                                 start: node.start, prefix: prefix)
            }
        }
        var record = KeyRecord(place: node.textIsDecoded ? .decoded : .source, isASCII: true,
                               first: node.first, count: node.count, start: node.start, prefix: 0)
        if node.kind == .plain && withKeyBytes(record, CoreSchema.mayNotBeString) {
            let canonical = CoreSchema.canonicalText(CoreSchema.resolvePlain(scalarText(key)))
            record.place = .canonical
            record.first = UInt32(truncatingIfNeeded: canonicalKeys.count)
            record.count = UInt32(truncatingIfNeeded: canonical.utf8.count)
            canonicalKeys.append(contentsOf: canonical.utf8)
        }
        let readable = record.place == .source ? end - Int(record.first) : 0
        withKeyBytes(record) { bytes in
            (record.prefix, record.isASCII) = Self.summary(of: bytes, readable: readable)
        }
        return record
    }

    /// A key's first eight bytes (zero-padded) and whether it is all ASCII, read
    /// a word at a time; `readable` bytes from the key's start may be loaded even
    /// past its end (the rest of the file).
    @inline(__always)
    private static func summary(of bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, Bool) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var prefix: UInt64 = 0
        var index = 0
        if readable >= 8 {
            prefix = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self)
            if bytes.count < 8 { prefix &= (1 << (8 * UInt64(bytes.count))) &- 1 }
            index = min(bytes.count, 8)
        } else {
            while index < min(bytes.count, 8) {
                prefix |= UInt64(bytes[index]) << (8 * UInt64(index))
                index += 1
            }
        }
        var high = prefix & highs
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & highs
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index] & 0x80)
            index += 1
        }
        return (prefix, high == 0)
    }

    /// The hash `KeyTable` files an ASCII key under.
    /// (Mutating only so that the call does not copy the parser.)
    mutating func keyHash(_ key: KeyRecord) -> UInt32 {
        let readable = key.place == .source ? end - Int(key.first) : 0
        return withKeyBytes(key) { bytes in
            KeyTable.hash(prefix: key.prefix, bytes: bytes, readable: readable)
        }
    }

    /// Keys are the same when their texts are equal `String`s, as the decoder and
    /// `merged(over:)` compare them; when both are ASCII, that is equal bytes.
    /// (Mutating only so that the call does not copy the parser.)
    mutating func sameKey(_ a: KeyRecord, _ b: KeyRecord) -> Bool {
        if a.isASCII && b.isASCII {
            return a.prefix == b.prefix && a.count == b.count && (a.count <= 8 || sameBytes(a, b))
        }
        return keyString(a) == keyString(b)
    }

    @inline(__always)
    private func sameBytes(_ a: KeyRecord, _ b: KeyRecord) -> Bool {
        withKeyBytes(a) { x in withKeyBytes(b) { y in x.elementsEqual(y) } }
    }

    /// A scalar's text as parsed, for messages and the schema.
    func scalarText(_ id: NodeID) -> String {
        let node = store[id]
        let place: KeyRecord.Place = node.textIsDecoded ? .decoded : .source
        return withBytes(place, Int(node.first)..<Int(node.first) + Int(node.count)) {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func keyString(_ key: KeyRecord) -> String {
        withKeyBytes(key) { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    func withKeyBytes<T>(_ key: KeyRecord, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        withBytes(key.place, Int(key.first)..<Int(key.first) + Int(key.count), body)
    }

    @inline(__always)
    func withBytes<T>(_ place: KeyRecord.Place, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        switch place {
        case .source: return body(UnsafeBufferPointer(rebasing: text[range]))
        case .decoded: return body(UnsafeBufferPointer(rebasing: store.decoded.elements[range]))
        case .canonical: return canonicalKeys.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }
}
