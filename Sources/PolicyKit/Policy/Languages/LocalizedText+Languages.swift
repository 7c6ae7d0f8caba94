extension LocalizedText {
    /// Built-in text, written in English, French and Spanish here; Punjabi and Vietnamese
    /// come from their tables (`PunjabiDefaults`), American English from `AmericanSpelling`.
    init(en: String, fr: String, es: String) {
        self.init(["en": en, "fr": fr, "es": es].merging(Self.derived(fromEnglish: en)) { first, _ in first })
    }

    /// Built-in text that only staff documents print, which PolicyKit has in English only.
    init(en: String) {
        self.init(["en": en].merging(Self.derived(fromEnglish: en)) { first, _ in first })
    }

    /// The wordings found from the English text: American English (under "en-US", which
    /// only a US policy's documents read) when its spelling differs, and the languages
    /// whose built-in wording is kept in a table of its own.
    private static func derived(fromEnglish en: String) -> [String: String] {
        var more: [String: String] = [:]
        let american = AmericanSpelling.convert(en)
        if american != en { more["en-US"] = american }
        for (code, table) in tables {
            if let text = table[en] { more[code] = text }
        }
        return more
    }

    private static let tables: [(String, [String: String])] = [
        ("pa", PunjabiDefaults.byEnglish),
        ("vi", VietnameseDefaults.byEnglish),
    ]
}
