/// Reading-ease scores for French and Spanish, the published adaptations of Flesch's
/// reading ease to each language: higher is easier, and 60 to 70 and above reads as plain
/// language. The client documents keep to Fernández-Huerta 70 in Spanish and
/// Kandel–Moles 60 in French.
///
///     Fernández-Huerta (1959): 206.84 − 60 × syllables per word − 1.02 × words per sentence
///     Kandel–Moles (1958):     207 − 73.6 × syllables per word − 1.015 × words per sentence
///
/// Fernández-Huerta is often printed with "sentences per 100 words" in its last term, which
/// makes longer sentences score as easier; it is used here as Flesch's adaptation intends,
/// with words per sentence. Words and sentences are found as for `ReadingLevel`.
enum ReadingEase {
    /// The Fernández-Huerta score of a Spanish measure.
    static func fernandezHuerta(_ measure: ReadingLevel.Measure) -> Double {
        guard measure.words > 0, measure.sentences > 0 else { return 0 }
        return 206.84 - 60 * Double(measure.syllables) / Double(measure.words) - 1.02 * Double(measure.words) / Double(measure.sentences)
    }

    /// The Kandel–Moles score of a French measure.
    static func kandelMoles(_ measure: ReadingLevel.Measure) -> Double {
        guard measure.words > 0, measure.sentences > 0 else { return 0 }
        return 207 - 73.6 * Double(measure.syllables) / Double(measure.words) - 1.015 * Double(measure.words) / Double(measure.sentences)
    }

    /// The measure of `language` and the lowest score its client documents may have.
    static func threshold(for language: Language) -> (measure: String, minimum: Double)? {
        switch language.code {
        case "es": ("Fernández-Huerta", 70)
        case "fr": ("Kandel–Moles", 60)
        default: nil
        }
    }

    /// The fewest words a text needs for a score: both measures were made on passages of
    /// 100 words, and a lobby sign of a few short lines is scored by its longest word.
    static let minimumWords = 100

    /// The score of Markdown in `language`, for the languages that have a published
    /// measure; nil for other languages and for texts shorter than `minimumWords`.
    static func score(markdown: String, in language: Language) -> Double? {
        let measure: ReadingLevel.Measure
        switch language.code {
        case "es": measure = ReadingLevel.measure(markdown: markdown, syllables: spanishSyllables)
        case "fr": measure = ReadingLevel.measure(markdown: markdown, syllables: frenchSyllables)
        default: return nil
        }
        guard measure.words >= minimumWords else { return nil }
        return language.code == "es" ? fernandezHuerta(measure) : kandelMoles(measure)
    }

    /// Syllables in a Spanish word: one per vowel, where a weak vowel (i, u, ü, a final y)
    /// beside another vowel joins it in a diphthong ("bue-no", "ciu-dad"), two strong
    /// vowels are two syllables ("le-er", "po-e-ta"), and an accented í or ú stands alone
    /// ("dí-a", "re-ú-ne").
    static func spanishSyllables(_ word: String) -> Int {
        let letters = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        let strong: Set<Unicode.Scalar> = ["a", "e", "o", "á", "é", "ó", "í", "ú"]
        let weak: Set<Unicode.Scalar> = ["i", "u", "ü"]
        func isVowel(_ index: Int) -> Bool {
            let letter = letters[index]
            if strong.contains(letter) || weak.contains(letter) { return true }
            // "y" is a vowel alone ("y") and at the end of a word after a vowel ("hay", "muy").
            return letter == "y" && (letters.count == 1 || (index == letters.count - 1 && index > 0 && isVowel(index - 1)))
        }
        var count = 0
        for index in letters.indices where isVowel(index) {
            guard index > 0, isVowel(index - 1) else { count += 1; continue }
            let previous = letters[index - 1], letter = letters[index]
            let bothStrong = strong.contains(previous) && strong.contains(letter)
            let stressedWeak = ["í", "ú"].contains(previous) || ["í", "ú"].contains(letter)
            if bothStrong || stressedWeak { count += 1 }
        }
        return max(1, count)
    }

    /// Syllables in a French word as written: one per group of vowels, less a silent final
    /// "e" or "es" ("vi-sit(e)", "per-son-n(es)"); "é" before another vowel and "ï" start a
    /// syllable of their own ("ré-a-gir", "na-ïf"), as does "é" after a vowel ("em-plo-yé").
    static func frenchSyllables(_ word: String) -> Int {
        let letters = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "à", "â", "é", "è", "ê", "ë", "î", "ï", "ô", "û", "ù", "ü", "œ", "æ"]
        var count = 0
        for index in letters.indices where vowels.contains(letters[index]) {
            let startsGroup = index == 0 || !vowels.contains(letters[index - 1])
            // "qu" and "gu" before a vowel are one sound: "remarqué" is "re-mar-qué".
            let silentU = index >= 2 && letters[index - 1] == "u" && (letters[index - 2] == "q" || letters[index - 2] == "g")
            let hiatus = index > 0 && !silentU
                && (letters[index - 1] == "é" || ["é", "ï", "ë"].contains(letters[index]))
            if startsGroup || hiatus { count += 1 }
        }
        let text = String(String.UnicodeScalarView(letters))
        if count > 1, text.hasSuffix("e") || text.hasSuffix("es"),
           let last = letters.lastIndex(where: { vowels.contains($0) }), last > 0,
           !vowels.contains(letters[last - 1]) {
            count -= 1
        }
        return max(1, count)
    }
}
