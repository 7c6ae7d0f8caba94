/// Settings files are UTF-8. A file that is not was almost always saved by an
/// editor in another encoding; the message names it and says how to save the file
/// again, instead of listing every byte it trips over.
enum SavedEncoding {
    static let advice = "save it as UTF-8: in your editor choose Save As (or Save with Encoding) and pick UTF-8"

    static let utf16Message = "the file is saved as UTF-16, not UTF-8; " + advice

    /// Whether the file starts with a UTF-16 byte order mark, or with text whose
    /// every other byte is zero, as settings keys are in UTF-16.
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        if (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return true }
        let pairs = min(bytes.count / 2, 16)
        let littleEndian = (0..<pairs).allSatisfy { bytes[2 * $0] != 0 && bytes[2 * $0 + 1] == 0 }
        let bigEndian = (0..<pairs).allSatisfy { bytes[2 * $0] == 0 && bytes[2 * $0 + 1] != 0 }
        return littleEndian || bigEndian
    }

    /// The message for a file that is not UTF-8, at its first byte that is not.
    /// Bytes 0x80...0x9F are control characters in Latin-1 and punctuation (curly
    /// quotes, dashes) in Windows-1252, so their presence tells the two apart.
    static func legacyMessage(_ bytes: [UInt8], firstInvalid: Int) -> String {
        let windows = bytes.contains { $0 >= 0x80 && $0 <= 0x9F }
        let name = windows ? "Windows-1252" : "Latin-1 (ISO-8859-1)"
        let byte = bytes[firstInvalid]
        let character = byte >= 0x80 && byte <= 0x9F ? windows1252[Int(byte - 0x80)] : Unicode.Scalar(byte)
        let shown = character.properties.generalCategory == .control ? "" : " (here: '\(Character(character))')"
        return "the file is saved as \(name), not UTF-8\(shown); " + advice
    }

    /// Windows-1252 bytes 0x80...0x9F; the five it leaves undefined read as Latin-1.
    private static let windows1252: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]
}
