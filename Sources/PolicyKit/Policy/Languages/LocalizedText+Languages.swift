extension LocalizedText {
    /// Built-in text, written in each language PolicyKit has.
    init(en: String, fr: String, es: String) {
        self.init(["en": en, "fr": fr, "es": es].merging(Self.derived(fromEnglish: en)) { first, _ in first })
    }

    /// Built-in text that only staff documents print, which PolicyKit has in English only.
    init(en: String) {
        self.init(["en": en].merging(Self.derived(fromEnglish: en)) { first, _ in first })
    }

    /// The wordings made from the English text: American English (under "en-US", which
    /// only a US policy's documents read) when its spelling differs.
    private static func derived(fromEnglish en: String) -> [String: String] {
        let american = AmericanSpelling.convert(en)
        return american == en ? [:] : ["en-US": american]
    }
}
