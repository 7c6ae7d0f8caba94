import CCmark

/// The Flesch-Kincaid grade level of English text: roughly the school grade a reader
/// needs to follow it. The client poster is written for grade 7 or below.
///
///     grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59
///
/// A word is a run of letters (with inner apostrophes or hyphens); a number such as
/// "9-1-1" is not a word. A sentence ends at ".", "!" or "?" followed by a space, and at
/// the end of every paragraph, heading and list item: a list item or heading reads as one
/// sentence even without a full stop.
enum ReadingLevel {
    struct Measure: Equatable, Sendable {
        var sentences: Int
        var words: Int
        var syllables: Int

        var grade: Double {
            guard sentences > 0, words > 0 else { return 0 }
            return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
        }
    }

    /// Measures plain text in which every line is a separate block; `syllables` counts a
    /// word's syllables in the text's language (English by default, `ReadingEase` has others).
    static func measure(text: String, syllables: (String) -> Int = syllables(in:)) -> Measure {
        var measure = Measure(sentences: 0, words: 0, syllables: 0)
        for line in text.split(separator: "\n") {
            add(block: String(line), to: &measure, syllables: syllables)
        }
        return measure
    }

    /// Measures the text a reader sees in Markdown: markup and link targets are not read.
    static func measure(markdown: String, syllables: (String) -> Int = syllables(in:)) -> Measure {
        var measure = Measure(sentences: 0, words: 0, syllables: 0)
        for block in blocks(ofMarkdown: markdown) { add(block: block, to: &measure, syllables: syllables) }
        return measure
    }

    /// The text of each paragraph and heading of a Markdown document, in order.
    static func blocks(ofMarkdown markdown: String) -> [String] {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var blocks: [String] = []
        var current = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if event == CMARK_EVENT_ENTER, let literal = cmark_node_get_literal(node) {
                    current += String(cString: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                current += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if event == CMARK_EVENT_EXIT {
                    blocks.append(current)
                    current = ""
                }
            default:
                break
            }
        }
        return blocks
    }

    private static func add(block: String, to measure: inout Measure, syllables: (String) -> Int) {
        var sentenceHasWords = false
        var word = ""
        // A web or email address is copied out, not read.
        let scalars = Array(WebAddress.removingAddresses(from: block).unicodeScalars)
        func endWord() {
            let trimmed = word.trimmingCharacters(in: "'’-")
            if trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                measure.words += 1
                measure.syllables += syllables(trimmed)
                sentenceHasWords = true
            }
            word = ""
        }
        for (index, scalar) in scalars.enumerated() {
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || ((scalar == "'" || scalar == "’" || scalar == "-") && !word.isEmpty)
            if isWordScalar {
                word.unicodeScalars.append(scalar)
                continue
            }
            endWord()
            let endsSentence = (scalar == "." || scalar == "!" || scalar == "?")
                && (index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace)
            if endsSentence, sentenceHasWords {
                measure.sentences += 1
                sentenceHasWords = false
            }
        }
        endWord()
        if sentenceHasWords { measure.sentences += 1 }
    }

    /// Syllables in an English word, by vowel groups with the usual corrections for a
    /// silent final "e" and for "-es"/"-ed" endings. Every word has at least one.
    static func syllables(in word: String) -> Int {
        let letters = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        guard !letters.isEmpty else { return 0 }
        // A hyphenated word counts its parts.
        if word.contains("-") {
            return word.split(separator: "-").map { syllables(in: String($0)) }.reduce(0, +)
        }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            // "vi-o-lence", "ra-di-o": "i" before "a" or "o" is two syllables, except in
            // endings like "-tion", "-sion", "-cial" and "-gion".
            if isVowel, previousWasVowel, letter == "a" || letter == "o", letters[index - 1] == "i",
               index >= 2, !["t", "s", "c", "g", "x"].contains(letters[index - 2]) {
                count += 1
            }
            previousWasVowel = isVowel
        }
        let text = String(String.UnicodeScalarView(letters))
        if text.count > 2, text.hasSuffix("e"), !text.hasSuffix("le"), !text.hasSuffix("ee"), !text.hasSuffix("ye") {
            count -= 1
        } else if text.count > 3, text.hasSuffix("es") || text.hasSuffix("ed") {
            let beforeEnding = letters[letters.count - 3]
            // "boxes", "wanted" keep the syllable; "hopes", "asked" lose it.
            if !["s", "x", "z", "c", "g", "t", "d"].contains(beforeEnding) && !vowels.contains(beforeEnding) {
                count -= 1
            }
        }
        return max(1, count)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        let trim = Set(set.unicodeScalars)
        while let first = scalars.first, trim.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, trim.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
