extension LocalizedText {
    /// Built-in text, written in each language PolicyKit has; the languages with a table
    /// of their own (`BuiltInTranslations`) are found there by the English text.
    init(en: String, fr: String, es: String) {
        self.init(["en": en, "fr": fr, "es": es].merging(BuiltInTranslations.translations(of: en)) { given, _ in given })
    }

    /// Built-in text that only staff documents print, which PolicyKit has in English only.
    init(en: String) {
        self.init(["en": en])
    }
}
