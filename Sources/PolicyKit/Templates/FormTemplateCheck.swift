/// Checks the form blocks of a template before anything is filled, so a mistake in one
/// is reported at its line in the template, not in a document made from it.
///
/// A form block starts with a fence (three or more backticks or tildes, indented at most
/// three spaces) whose info string is `form`, and ends at a closing fence of the same
/// character. Inside, each line is a form line (`FormSyntax`), an empty line, or Mustache
/// tags alone on a line (sections, comments, partials). A line may start with section
/// tags (`{{#items}}[tick] {{text}}{{/items}}`), but not with a value: its keyword must
/// be written in the template.
enum FormTemplateCheck {
    static func diagnostics(in source: String, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var fence: (character: Character, length: Int)? = nil
        var columns: Int? = nil
        var offset = 0
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            defer { offset += line.utf8.count + 1 }
            if let open = fence {
                if FormFence.closes(line, character: open.character, length: open.length) {
                    fence = nil
                    continue
                }
                let location = SourceLocation(line: index + 1, column: 1, offset: offset)
                if let message = problem(in: line, columns: &columns) {
                    diagnostics.append(.error(message, path: path, at: location))
                }
            } else if let opened = FormFence.opening(line), opened.info == "form" {
                fence = (opened.character, opened.length)
                columns = nil
            }
        }
        return diagnostics
    }

    /// Just after the first "}}".
    private static func endOfTag(in text: Substring) -> Substring.Index? {
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "}" && previous == "}" { return text.index(after: index) }
            previous = text[index]
        }
        return nil
    }

    private static func problem(in line: Substring, columns: inout Int?) -> String? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        // Section, inverted-section, closing and comment tags may come first.
        while rest.hasPrefix("{{") {
            guard let tag = rest.dropFirst(2).first, "#^/!".contains(tag), let end = Self.endOfTag(in: rest) else { break }
            rest = rest[end...].drop { $0 == " " || $0 == "\t" }
        }
        if rest.hasPrefix("{{>") { return nil }
        if rest.hasPrefix("{{") {
            return "a form line must start with its keyword, such as [tick] or [row]; put the value after it ([tick] {{...}})"
        }
        switch FormSyntax.parse(line: rest) {
        case .failure(let problem):
            return problem.message
        case .success(let parsed):
            return FormSyntax.sequenceProblem(parsed, columns: &columns)
        }
    }
}

/// Fenced code blocks as CommonMark opens and closes them (4.5), line by line.
enum FormFence {
    /// The fence a line opens, with the first word of its info string.
    static func opening<S: StringProtocol>(_ line: S) -> (character: Character, length: Int, info: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let body = line.dropFirst(indent)
        guard let character = body.first, character == "`" || character == "~" else { return nil }
        let length = body.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = body.dropFirst(length).trimmingFormSpace()
        if character == "`" && info.contains("`") { return nil }
        let word = info.prefix { $0 != " " && $0 != "\t" }
        return (character, length, String(word))
    }

    static func closes<S: StringProtocol>(_ line: S, character: Character, length: Int) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let body = line.dropFirst(indent)
        let run = body.prefix { $0 == character }.count
        return run >= length && body.dropFirst(run).trimmingFormSpace().isEmpty
    }

    /// Whether Markdown may hold a form block: a quick look before any tree is walked.
    static func mayHoldForm(_ markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var index = 0
            while index + 3 < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~"), bytes[index + 1] == byte, bytes[index + 2] == byte else {
                    index += 1
                    continue
                }
                var next = index + 3
                while next < bytes.count && (bytes[next] == byte || bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
                if next + 4 <= bytes.count, bytes[next] == UInt8(ascii: "f"), bytes[next + 1] == UInt8(ascii: "o"),
                   bytes[next + 2] == UInt8(ascii: "r"), bytes[next + 3] == UInt8(ascii: "m") {
                    return true
                }
                index = next
            }
            return false
        }
    }
}
