extension JSONTree {
    /// A built-in text as the schema shows its default: the English wording; nil when
    /// there is no built-in text.
    static func english(_ text: LocalizedText?) -> JSONTree? {
        text.map { .string($0.text(in: Language.english.code, primary: Language.english.code)) }
    }
}
