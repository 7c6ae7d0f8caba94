/// Advance widths of Liberation Sans (the metrics of Arial, which the print stylesheet
/// names first), in thousandths of the type size: enough to tell how many lines a text
/// takes without a browser.
enum FontMetrics {
    /// Printable ASCII, from the space (32) to the tilde (126).
    private static let regular: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
        722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
        278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    private static let bold: [UInt16] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
        722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
        278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]

    /// The height of a capital letter, in thousandths of the type size.
    static let capHeight = 688

    /// The width of `character` in thousandths of the type size. Letters outside ASCII
    /// take a Latin letter's average; wide (East Asian) characters take a whole em.
    static func width(of character: Character, bold isBold: Bool) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value >= 32, value <= 126 { return Int((isBold ? bold : regular)[Int(value) - 32]) }
        if value == 0xA0 { return 278 }
        // An accented Latin letter is as wide as its base letter in these fonts.
        if let base = baseLetter[Character(scalar)], let ascii = base.asciiValue { return Int((isBold ? bold : regular)[Int(ascii) - 32]) }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value) {
            return 1000
        }
        return isBold ? 611 : 593
    }

    /// The width of `text` in millimetres at `points`.
    static func width(of text: Substring, points: Double, bold: Bool) -> Double {
        var total = 0
        for character in text { total += width(of: character, bold: bold) }
        return Double(total) / 1000 * points * millimetresPerPoint
    }

    static let millimetresPerPoint = 25.4 / 72

    private static let baseLetter: [Character: Character] = {
        var table: [Character: Character] = [:]
        let groups: [(Character, String)] = [
            ("a", "àáâãäåā"), ("e", "èéêëē"), ("i", "ìíîïī"), ("o", "òóôõöøō"), ("u", "ùúûüū"), ("n", "ñ"), ("c", "ç"), ("y", "ýÿ"),
            ("A", "ÀÁÂÃÄÅĀ"), ("E", "ÈÉÊËĒ"), ("I", "ÌÍÎÏĪ"), ("O", "ÒÓÔÕÖØŌ"), ("U", "ÙÚÛÜŪ"), ("N", "Ñ"), ("C", "Ç"), ("Y", "Ý"),
            ("'", "’‘"), ("\"", "“”«»"), ("-", "–"),
        ]
        for (base, accented) in groups {
            for letter in accented { table[letter] = base }
        }
        return table
    }()
}
