/// The parser's output: every node of a document as a fixed-size record in one
/// array, instead of a tree of `Node` values with their own arrays and strings.
///
/// A 10 MB file has about a million nodes; building each as a `Node` (a `String`
/// for every scalar, an array for every collection, line and column for both ends)
/// cost more than the parse itself. Records keep byte offsets and byte ranges, and
/// `ParsedDocument` turns them into `Node`, `String` and `SourceLocation` only when
/// they are read.
typealias NodeID = UInt32

struct NodeRecord {
    enum Kind: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case sequence, mapping
    }

    /// Byte offsets of the node's start and (exclusive) end in the file.
    let start: UInt32
    let end: UInt32
    /// A scalar's text: bytes `first..<first+count` of the file, or of `decoded` when
    /// `textIsDecoded`. A collection's children: `children[first..<first+count]`,
    /// key and value alternating for a mapping.
    let first: UInt32
    /// `count` in the low 28 bits (a file has at most 64 MB), `kind` in the next
    /// three and `textIsDecoded` in the top one: 16 bytes a record instead of 20,
    /// which a million records notice.
    private let packed: UInt32

    init(start: UInt32, end: UInt32, first: UInt32, count: UInt32, kind: Kind, textIsDecoded: Bool) {
        self.start = start
        self.end = end
        self.first = first
        packed = count & 0x0FFF_FFFF | UInt32(kind.rawValue) << 28 | (textIsDecoded ? 1 << 31 : 0)
    }

    @inline(__always) var count: UInt32 { packed & 0x0FFF_FFFF }
    @inline(__always) var kind: Kind { Kind(rawValue: UInt8(packed >> 28 & 7))! }
    @inline(__always) var textIsDecoded: Bool { packed >> 31 != 0 }

    @inline(__always) var isScalar: Bool { kind.rawValue < Kind.sequence.rawValue }
}

struct NodeStore {
    var records: AppendBuffer<NodeRecord>
    var children: AppendBuffer<NodeID>
    /// The children of the collections still being parsed, innermost last; a
    /// collection moves its own to `children` when it ends, so each collection's
    /// children end up side by side without an array of their own.
    var pending: AppendBuffer<NodeID>
    /// Scalar text that differs from what the file holds: escapes decoded,
    /// lines folded, block indentation removed.
    var decoded: AppendBuffer<UInt8>
    /// Where each line starts (the first after a byte order mark), for turning
    /// offsets into line and column.
    var lineStarts: AppendBuffer<UInt32>

    init(expectedBytes: Int) {
        // Sized from the file so the big buffers rarely grow (each growth copies);
        // pages that stay unused are never touched, so the guess costs no memory.
        records = AppendBuffer(capacity: expectedBytes / 8)
        children = AppendBuffer(capacity: expectedBytes / 8)
        lineStarts = AppendBuffer(capacity: expectedBytes / 8)
        pending = AppendBuffer(capacity: 256)
        // Decoded text is at most as long as its source (escapes, folding and block
        // indentation shorten it; only the rare `\L` and `\P` escapes grow, from 2
        // to 3 bytes), so the buffer almost never grows and copies itself.
        decoded = AppendBuffer(capacity: expectedBytes + 16)
    }

    /// Frees the buffers, when parsing failed; otherwise `NodeStorage` takes them.
    func deallocate() {
        records.deallocate()
        children.deallocate()
        lineStarts.deallocate()
        pending.deallocate()
        decoded.deallocate()
    }

    @inline(__always)
    mutating func scalar(_ kind: NodeRecord.Kind, start: Int, end: Int, text: Range<Int>) -> NodeID {
        records.append(NodeRecord(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                  first: UInt32(truncatingIfNeeded: text.lowerBound),
                                  count: UInt32(truncatingIfNeeded: text.count), kind: kind, textIsDecoded: false))
        return NodeID(truncatingIfNeeded: records.count - 1)
    }

    mutating func decodedScalar(_ kind: NodeRecord.Kind, start: Int, end: Int, text: [UInt8]) -> NodeID {
        let first = decoded.count
        text.withUnsafeBufferPointer { decoded.append(contentsOf: $0) }
        records.append(NodeRecord(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                  first: UInt32(truncatingIfNeeded: first),
                                  count: UInt32(truncatingIfNeeded: text.count), kind: kind, textIsDecoded: true))
        return NodeID(truncatingIfNeeded: records.count - 1)
    }

    /// A scalar whose text the caller has just appended to `decoded`, from `first` on.
    mutating func decodedScalar(_ kind: NodeRecord.Kind, start: Int, end: Int, textFrom first: Int) -> NodeID {
        records.append(NodeRecord(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                  first: UInt32(truncatingIfNeeded: first),
                                  count: UInt32(truncatingIfNeeded: decoded.count - first), kind: kind, textIsDecoded: true))
        return NodeID(truncatingIfNeeded: records.count - 1)
    }

    /// The empty scalar (null) that stands for a missing value at `offset`.
    mutating func empty(at offset: Int) -> NodeID {
        scalar(.plain, start: offset, end: offset, text: 0..<0)
    }

    /// Ends a collection whose children are `pending[base...]`.
    mutating func collection(_ kind: NodeRecord.Kind, start: Int, end: Int, childrenFrom base: Int) -> NodeID {
        let first = children.count
        let count = pending.count - base
        children.append(pending, base..<pending.count)
        pending.removeLast(count)
        records.append(NodeRecord(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                  first: UInt32(truncatingIfNeeded: first),
                                  count: UInt32(truncatingIfNeeded: count), kind: kind, textIsDecoded: false))
        return NodeID(truncatingIfNeeded: records.count - 1)
    }

    @inline(__always) subscript(id: NodeID) -> NodeRecord { records[Int(id)] }
}

/// The buffers of a parsed document's nodes, freed with the last `Node` that
/// refers to them. Never changed after parsing, so safe to share between threads.
final class NodeStorage: @unchecked Sendable {
    let records: UnsafeBufferPointer<NodeRecord>
    let children: UnsafeBufferPointer<NodeID>
    let lineStarts: UnsafeBufferPointer<UInt32>
    let decoded: UnsafeBufferPointer<UInt8>

    /// Takes over the store's buffers (its `pending` one is freed).
    init(_ store: NodeStore) {
        records = store.records.elements
        children = store.children.elements
        lineStarts = store.lineStarts.elements
        decoded = store.decoded.elements
        store.pending.deallocate()
    }

    deinit {
        records.deallocate()
        children.deallocate()
        lineStarts.deallocate()
        decoded.deallocate()
    }
}
