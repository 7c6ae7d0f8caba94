extension LocalizedText {
    /// Built-in text, written in each language PolicyKit has.
    init(en: String, fr: String, es: String) {
        self.init(["en": en, "fr": fr, "es": es])
    }

    /// Built-in text that only staff documents print, which PolicyKit has in English only.
    init(en: String) {
        self.init(["en": en])
    }
}
