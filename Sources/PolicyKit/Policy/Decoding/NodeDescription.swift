extension Node {
    /// An empty value (`key:` with nothing after it, `~` or `null`) means "not given".
    var isNull: Bool {
        guard case .scalar(let scalar) = kind, scalar.style == .plain else { return false }
        // Asked of nearly every value read, most of them longer than any way of writing null.
        let text = scalar.text
        guard text.utf8.count <= 4 else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// What the user wrote, in words, for "expected X, found Y" messages.
    var foundDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if isNull { return "nothing" }
            return "'\(Node.shortened(scalar.text))'"
        }
    }

    static func shortened(_ text: String) -> String {
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if firstLine.count > 40 || firstLine.count < text.count {
            return String(firstLine.prefix(40)) + "..."
        }
        return firstLine
    }
}
