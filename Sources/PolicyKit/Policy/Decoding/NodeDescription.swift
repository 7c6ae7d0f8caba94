extension Node {
    /// An empty value (`key:` with nothing after it, `~` or `null`) means "not given".
    var isNull: Bool {
        guard case .scalar(let scalar) = kind, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
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
