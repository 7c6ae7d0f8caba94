/// The parser's output: every node of a document as a fixed-size record in one
/// array. Records keep byte offsets and byte ranges; `ParsedDocument` makes
/// `Node`, `String` and `SourceLocation` values of them only when they are read,
/// so checking a file or writing it as JSON makes none.
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
    let count: UInt32
    let kind: Kind
    let textIsDecoded: Bool

    @inline(__always) var isScalar: Bool { kind.rawValue < Kind.sequence.rawValue }
}

struct NodeStore {
    var records: [NodeRecord] = []
    var children: [NodeID] = []
    /// The children of the collections still being parsed, innermost last; a
    /// collection moves its own to `children` when it ends, so each collection's
    /// children end up side by side without an array of their own.
    var pending: [NodeID] = []
    /// Scalar text that differs from what the file holds: escapes decoded,
    /// lines folded, block indentation removed.
    var decoded: [UInt8] = []
    /// Where each line starts (the first after a byte order mark), for turning
    /// offsets into line and column.
    var lineStarts: [UInt32] = [0]

    init(expectedBytes: Int) {
        // Sized from the file, so that the arrays seldom grow (each growth copies them).
        records.reserveCapacity(expectedBytes / 8)
        children.reserveCapacity(expectedBytes / 8)
        lineStarts.reserveCapacity(expectedBytes / 32)
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
        decoded.append(contentsOf: text)
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
        children.append(contentsOf: pending[base...])
        pending.removeLast(count)
        records.append(NodeRecord(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                  first: UInt32(truncatingIfNeeded: first),
                                  count: UInt32(truncatingIfNeeded: count), kind: kind, textIsDecoded: false))
        return NodeID(truncatingIfNeeded: records.count - 1)
    }

    @inline(__always) subscript(id: NodeID) -> NodeRecord { records[Int(id)] }
}

/// The nodes of a parsed document, shared by every `Node` read from it; never
/// changed after parsing.
final class NodeStorage: Sendable {
    let records: [NodeRecord]
    let children: [NodeID]
    let lineStarts: [UInt32]
    let decoded: [UInt8]

    init(_ store: NodeStore) {
        records = store.records
        children = store.children
        lineStarts = store.lineStarts
        decoded = store.decoded
    }
}
