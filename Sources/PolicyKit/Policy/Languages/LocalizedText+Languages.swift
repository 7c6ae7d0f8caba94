extension LocalizedText {
    /// Built-in text, written in English, French and Spanish here; the languages with a
    /// table of their own (`BuiltInTranslations`) are found there by the English text, and
    /// American English comes from `AmericanSpelling`.
    init(en: String, fr: String, es: String) {
        self.init(["en": en, "fr": fr, "es": es].merging(Self.derived(fromEnglish: en)) { given, _ in given })
    }

    /// Built-in text that only staff documents print, which PolicyKit has in English only.
    init(en: String) {
        self.init(["en": en].merging(Self.derived(fromEnglish: en)) { given, _ in given })
    }

    /// The wordings found from the English text: American English (under "en-US", which
    /// only a US policy's documents read) when its spelling differs, and the languages
    /// whose built-in wording is kept in a table of its own.
    private static func derived(fromEnglish en: String) -> [String: String] {
        var more = BuiltInTranslations.translations(of: en)
        let american = AmericanSpelling.convert(en)
        if american != en { more["en-US"] = american }
        return more
    }
}
