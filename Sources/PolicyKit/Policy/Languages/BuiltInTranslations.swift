/// Built-in client text in the languages whose wording lives in a table of its own, keyed
/// by the English sentence: each language's text stays in one file, read and checked as a
/// whole, instead of scattered over the defaults beside English, French and Spanish.
///
/// A test checks that every built-in sentence clients read has an entry in every table,
/// so a changed English sentence cannot silently fall back to English.
enum BuiltInTranslations {
    /// The tables by language code.
    static let tables: [String: [String: String]] = [
        Language.arabic.code: arabic,
        Language.simplifiedChinese.code: simplifiedChinese,
        Language.punjabi.code: punjabi,
        Language.vietnamese.code: vietnamese,
    ]

    /// The translations of `english` that the tables hold, by language code.
    static func translations(of english: String) -> [String: String] {
        var found: [String: String] = [:]
        for (code, table) in tables {
            if let text = table[english] { found[code] = text }
        }
        return found
    }
}
