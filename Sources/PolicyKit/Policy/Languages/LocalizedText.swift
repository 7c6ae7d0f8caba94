/// Text the documents print, in one or more languages.
///
/// Settings may give any free-text value once (`how: Tell any staff member.`) or per
/// language (`how: {en: Tell any staff member., fr: Parlez-en à un membre du personnel.}`).
/// Text given once is used in every language; a language with no text of its own gets the
/// primary language's text (`SettingsLoader` warns about that where it matters).
public struct LocalizedText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Text by language code ("en", "fr").
    public internal(set) var translations: [String: String]
    /// Text written once, without saying its language: a name, or a sentence the
    /// organisation writes in one language only.
    public internal(set) var untranslated: String?

    /// Text that is the same in every language.
    init(_ text: String) {
        translations = [:]
        untranslated = text
    }

    init(_ translations: [String: String]) {
        self.translations = translations
        untranslated = nil
    }

    /// Text written once, used in every language, as a settings value without languages.
    ///
    /// ```swift
    /// let contact: LocalizedText = "Client Services Manager"
    /// contact.text(in: "fr", primary: "en")  // "Client Services Manager"
    /// ```
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The text for `language`: its own translation, else the text written once, else the
    /// `primary` language's, else any translation (in a fixed order, for deterministic output).
    ///
    /// ```swift
    /// let how = policy.complaints.how
    /// let french = how.text(in: "fr", primary: policy.primaryLanguage.code)
    /// ```
    public func text(in language: String, primary: String) -> String {
        translations[language] ?? untranslated ?? translations[primary]
            ?? translations.keys.sorted().first.map { translations[$0]! } ?? ""
    }

    /// The text for messages and logs: the text written once, else the English, else any.
    public var description: String {
        untranslated ?? translations["en"] ?? translations.keys.sorted().first.map { translations[$0]! } ?? ""
    }
}
