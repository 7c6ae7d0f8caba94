import Foundation
@testable import PolicyKit

/// Measures of whether a document reads as written in its own language: the share of its
/// letters in the language's script, and the share of its words that are English
/// function words, which betray an English sentence left in a translation.
enum LanguageMeasures {
    /// Common English function words: a translated sentence has none of them. "on" and
    /// "an" are left out because French uses them as words of its own.
    static let englishFunctionWords: Set<String> = [
        "the", "and", "you", "your", "with", "will", "of", "to", "is", "are", "we", "our",
        "for", "or", "be", "if", "this", "that", "it", "not", "can", "by", "from",
        "who", "what", "when", "at", "as", "us", "they", "their", "in", "have", "has",
        "do", "does", "may", "must", "any", "all", "one", "there", "which",
    ]

    /// The words of `text` outside URLs, email addresses and Markdown link targets, lowercased.
    static func words(_ text: String) -> [String] {
        WebAddress.removingAddresses(from: text).split(whereSeparator: { $0.isWhitespace })
            .flatMap { $0.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) }
            .map { $0.lowercased().trimmingCharacters(in: ["'", "’"]) }
            .filter { !$0.isEmpty }
    }

    /// The share of `text`'s words that are English function words.
    static func englishFunctionWordShare(_ text: String) -> Double {
        let all = words(text)
        guard !all.isEmpty else { return 0 }
        return Double(all.filter(englishFunctionWords.contains).count) / Double(all.count)
    }

    /// The share of `text`'s letters, names aside, that `inScript` accepts. `names` (the
    /// organisation's, the crisis line's) are removed first; URLs and emails never count.
    static func scriptShare(_ text: String, names: [String] = [], inScript: (Unicode.Scalar) -> Bool) -> Double {
        var remaining = text
        for name in names where !name.isEmpty { remaining = remaining.replacingOccurrences(of: name, with: " ") }
        let kept = WebAddress.removingAddresses(from: remaining)
        let letters = kept.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return 1 }
        return Double(letters.filter(inScript).count) / Double(letters.count)
    }

    /// Latin letters, with the accents French, Spanish and Vietnamese use.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x300...0x36F: true
        default: false
        }
    }

    /// Arabic letters, with the Arabic supplements and presentation forms.
    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    /// Han characters, as Chinese is written.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Gurmukhi, the script of Punjabi in India and Canada.
    static func isGurmukhi(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A00...0x0A7F).contains(scalar.value)
    }
}
