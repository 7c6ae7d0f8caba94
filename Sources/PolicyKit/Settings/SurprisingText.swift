/// Values that YAML reads legally, but not as the person who typed them most likely
/// meant: the file loads as YAML says, and a warning says what happened and how to
/// write what was meant.
enum SurprisingText {
    struct Warning: Equatable {
        var message: String
        var location: SourceLocation
    }

    /// The warnings for every value under `root`, in file order within each file.
    static func warnings(in root: Node?) -> [Warning] {
        var found: [Warning] = []
        if let root { visit(root, inSequence: false, into: &found) }
        return found
    }

    private static func visit(_ node: Node, inSequence: Bool, into found: inout [Warning]) {
        switch node.kind {
        case .sequence(let items):
            for item in items { visit(item, inSequence: true, into: &found) }
        case .mapping(let entries):
            for entry in entries { visit(entry.value, inSequence: false, into: &found) }
        case .scalar(let scalar):
            // Only plain text can take in a comment or a line meant as an item, or
            // keep quote marks that were meant as quotes.
            guard scalar.style == .plain, let (document, id) = node.parsed else { return }
            let record = document.storage.records[Int(id)]
            let source = document.source
            let start = Int(record.start)
            let end = Int(record.end)
            if isInCurlyQuotes(scalar.text) {
                found.append(Warning(
                    message: "this text is in curly quotes (“ ”), which are printed as part of it; use straight quotes (\") around text",
                    location: document.location(start)))
            }
            if let dash = foldedDash(source, from: start, to: end) {
                let advice = inSequence
                    ? "if it is a new item, line up its '-' with the '-' above"
                    : "to make a list, start it on the line after the key, one '- ' item a line"
                found.append(Warning(
                    message: "this line starts with '- ' but is read as more of the text above, not as a new item; \(advice)",
                    location: document.location(dash)))
            }
            if let hash = textLikeComment(source, after: end) {
                var lineEnd = hash
                while lineEnd < source.count && source[lineEnd] != Byte.lf && source[lineEnd] != Byte.cr { lineEnd += 1 }
                while Byte.isBlank(source[lineEnd - 1]) { lineEnd -= 1 }
                let rest = String(decoding: source[hash..<lineEnd], as: UTF8.self)
                let word = rest.prefix { $0 != " " && $0 != "\t" }
                found.append(Warning(
                    message: "'\(word)' and what follows on this line are read as a comment and left out; to keep them, put the whole text in double quotes: \(doubleQuotedExample(scalar.text + " " + rest))",
                    location: document.location(hash)))
            }
        }
    }

    private static func isInCurlyQuotes(_ text: String) -> Bool {
        guard text.count >= 2, let first = text.first, let last = text.last else { return false }
        return (first == "“" && last == "”") || (first == "‘" && last == "’")
    }

    /// The first continuation line of a plain value that begins with '- ', where it
    /// begins.
    private static func foldedDash(_ source: [UInt8], from start: Int, to end: Int) -> Int? {
        var p = start
        while p < end {
            if source[p] == Byte.lf {
                var q = p + 1
                while q < end && Byte.isBlank(source[q]) { q += 1 }
                if q + 1 < end && source[q] == Byte.dash && Byte.isBlank(source[q + 1]) { return q }
            }
            p += 1
        }
        return nil
    }

    /// A comment right after a plain value whose first word touches the '#' (`#1`),
    /// which reads as part of the text rather than as a note; where its '#' is.
    /// `# note`, with a space, is taken for the comment it looks like.
    private static func textLikeComment(_ source: [UInt8], after end: Int) -> Int? {
        var p = end
        while p < source.count && Byte.isBlank(source[p]) { p += 1 }
        guard p > end, p + 1 < source.count, source[p] == Byte.hash else { return nil }
        let next = source[p + 1]
        return Byte.isBlank(next) || Byte.isBreak(next) ? nil : p
    }
}
