/// One value of a settings document, with the stretch of the file it was written in.
///
/// Scalars keep their text as written (after quoting and folding are undone), not a
/// guessed type: the schema decides whether `no` is a string or a boolean.
package struct Node: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    /// A node read from a file stays a reference into the parser's records until it
    /// is changed, so parsing does not pay for building every value (see `NodeStore`).
    private enum Storage: Sendable {
        case parsed(ParsedDocument, NodeID)
        indirect case built(Kind, SourceRange)
    }

    private var storage: Storage

    init(_ kind: Kind, range: SourceRange) {
        storage = .built(kind, range)
    }

    init(_ document: ParsedDocument, _ id: NodeID) {
        storage = .parsed(document, id)
    }

    var kind: Kind {
        get {
            switch storage {
            case .parsed(let document, let id): return document.kind(id)
            case .built(let kind, _): return kind
            }
        }
        set { storage = .built(newValue, range) }
    }

    package var range: SourceRange {
        get {
            switch storage {
            case .parsed(let document, let id): return document.range(id)
            case .built(_, let range): return range
            }
        }
        set { storage = .built(kind, newValue) }
    }

    var location: SourceLocation {
        if case .parsed(let document, let id) = storage {
            return document.location(Int(document.storage.records[Int(id)].start))
        }
        return range.start
    }

    /// The parser's record behind this node, when it has not been changed since.
    var parsed: (document: ParsedDocument, id: NodeID)? {
        if case .parsed(let document, let id) = storage { return (document, id) }
        return nil
    }

    /// The same node with its locations marked as being in `file`, for a node read
    /// from a file and not changed since; nil otherwise (see `stamped(file:)`).
    func withFile(_ file: Int) -> Node? {
        guard case .parsed(let document, let id) = storage else { return nil }
        return Node(document.stamped(file: file), id)
    }

    // Nodes are equal when they hold the same value at the same place, however stored.
    package static func == (lhs: Node, rhs: Node) -> Bool {
        if case .parsed(let a, let i) = lhs.storage, case .parsed(let b, let j) = rhs.storage, a === b, i == j {
            return true
        }
        return lhs.range == rhs.range && lhs.kind == rhs.kind
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
    }
}

struct Scalar: Hashable, Sendable {
    enum Style: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    var text: String
    var style: Style

    init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

struct MappingEntry: Hashable, Sendable {
    var key: Node
    var value: Node

    init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}
