
/// Turns a settings value into Markdown that reads back as exactly that text, wherever a
/// template puts it: inside a paragraph, a heading, a list item or emphasis.
///
/// A value is inline text, so line breaks and other control characters become spaces and
/// runs of white space collapse to one (a value can then never start a block of its own,
/// end a line with a hard break or become indented code). Characters that can open or close
/// inline syntax are backslash-escaped, as CommonMark allows for any ASCII punctuation;
/// characters that only mean something at the start of a line are escaped there.
enum MarkdownEscaper {
    /// Escaped wherever they appear: emphasis, code, links and images, raw HTML and
    /// autolinks, headings' closing sequences, tables and strike-through in Markdown
    /// dialects, and Mustache delimiters so filled text never looks like a tag.
    static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "!", "#", "|", "~", "{", "}", "$",
    ]

    /// Block markers that matter only as the first character of a line.
    static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", "=", ":", "%"]

    static func escape(_ value: String) -> String {
        needsNoEscaping(value) ? value : escapeInFull(value)
    }

    /// `escape` without the shortcut for values that need nothing done.
    static func escapeInFull(_ value: String) -> String {
        let scalars = normalised(value)
        var index = 0
        // An ordered-list marker: up to nine digits, then "." or ")", then a space or
        // nothing, at the very start ("2.1" and "1.800" are not markers).
        var orderedMarkerEnd: Int? = nil
        if let first = scalars.first, isASCIIDigit(first) {
            var end = 0
            while end < scalars.count, end < 9, isASCIIDigit(scalars[end]) { end += 1 }
            if end < scalars.count, scalars[end] == "." || scalars[end] == ")",
               end + 1 == scalars.count || scalars[end + 1] == " " {
                orderedMarkerEnd = end
            }
        }
        // Built as UTF-8 bytes with set membership read from a table: this runs for every
        // value of every document, and scalar views and set lookups cost several times more.
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count + scalars.count / 4 + 4)
        while index < scalars.count {
            let scalar = scalars[index]
            let marks = scalar.value < 0x80 ? asciiMarks[Int(scalar.value)] : 0
            if marks & Self.always != 0
                || (index == 0 && marks & Self.atStart != 0)
                || index == orderedMarkerEnd
                || (scalar == "&" && startsEntity(scalars, at: index)) {
                out.append(UInt8(ascii: "\\"))
            }
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Most values are plain words and sentences: printable ASCII with single spaces and
    /// nothing to escape. They print as they are, without being copied.
    private static func needsNoEscaping(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            // A leading digit may start an ordered-list marker; a leading block marker matters.
            if first < 0x80, isASCIIDigit(Unicode.Scalar(first)) || asciiMarks[Int(first)] & atStart != 0 { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x20 {
                    // A run of spaces collapses to one.
                    if previous == 0x20 { return false }
                } else if byte < 0x21 || byte > 0x7E {
                    // Control characters and anything beyond ASCII take the full path.
                    return false
                } else if asciiMarks[Int(byte)] & always != 0 || byte == UInt8(ascii: "&") {
                    return false
                }
                previous = byte
            }
            return true
        }
    }

    private static let always: UInt8 = 1
    private static let atStart: UInt8 = 2

    /// For each ASCII scalar, whether it is in `alwaysEscaped` and in `escapedAtStart`.
    private static let asciiMarks: [UInt8] = (0..<0x80).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return (alwaysEscaped.contains(scalar) ? always : 0) | (escapedAtStart.contains(scalar) ? atStart : 0)
    }

    /// Control characters and line or paragraph separators become spaces, white space is
    /// collapsed, and the ends are trimmed. NUL and other C0/C1 controls carry no text.
    static func normalised(_ value: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029:
                isSpace = true
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x21...0x7E:
                // Visible ASCII: the Unicode property lookup below is costly and needless here.
                isSpace = false
            default:
                isSpace = scalar.properties.isWhitespace
            }
            if isSpace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return result
    }

    /// "&amp;", "&#60;", "&#x3C;": an ampersand Markdown would read as a character reference.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        if next < scalars.count, scalars[next] == "#" { next += 1 }
        guard next < scalars.count else { return false }
        let scalar = scalars[next]
        return scalar.isASCII && (scalar.properties.isAlphabetic || isASCIIDigit(scalar))
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}

extension MarkdownEscaper {
    /// Whether `normalisedText(value)` is empty, found without building it: every text
    /// value of every document is checked this way.
    static func printsNothing(_ value: String) -> Bool {
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x21...0x7E:
                return false
            case 0x00...0x20, 0x7F...0xA0, 0x2028, 0x2029:
                continue
            default:
                if !scalar.properties.isWhitespace { return false }
            }
        }
        return true
    }

    /// A value as plain text on one line: control characters removed, white space collapsed.
    static func normalisedText(_ value: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: normalised(value))
        return String(view)
    }
}
