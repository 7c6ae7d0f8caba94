/// Writes values as settings-file text that reads back as exactly the same text.
enum YAMLText {
    /// `text` as a scalar: plain when that is unambiguous, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// Built-in text as the starter file writes it: in English, the starter's language.
    static func scalar(_ text: LocalizedText) -> String {
        scalar(text.text(in: "en", primary: "en"))
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first.isWhitespace || last.isWhitespace || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return true }
        // Text another YAML tool would read as null, a boolean or a number.
        let lower = text.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan"].contains(lower) {
            return true
        }
        if let firstScalar = text.unicodeScalars.first,
           ("0"..."9").contains(firstScalar) || ((firstScalar == "+" || firstScalar == "." ) && text.count > 1),
           text.allSatisfy({ $0.isHexDigit || "+-._xXoOeE:".contains($0) }) {
            return true
        }
        return false
    }
}
