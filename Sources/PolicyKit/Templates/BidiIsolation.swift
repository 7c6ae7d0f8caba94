/// Unicode directional isolates around the values a right-to-left document prints in
/// left-to-right order: phone numbers, URLs, email addresses, version numbers and dates.
///
/// Without them the Unicode bidirectional algorithm reads the digits after an Arabic word
/// as Arabic numbers, and "1-888-429-8167" shows as "8167-429-888-1". Isolates are text, not
/// markup, so the one filled Markdown carries them into every format, HTML, plain text,
/// Markdown and the PDF alike, and a settings value still never adds markup. `<bdi>` would
/// do the same in HTML only.
enum BidiIsolation {
    /// LEFT-TO-RIGHT ISOLATE: for numbers, addresses on the web and versions.
    static let leftToRight = "\u{2066}"
    /// FIRST STRONG ISOLATE: for text whose direction its own letters decide, such as a
    /// date worded in Arabic or an extension written "ext. 201" or "تحويلة 201".
    static let firstStrong = "\u{2068}"
    /// POP DIRECTIONAL ISOLATE: ends either.
    static let pop = "\u{2069}"

    /// The isolates and marks that change only how text is laid out, never what it says.
    static let layoutScalars: Set<Unicode.Scalar> = [
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ]

    /// `value` isolated with `opening` in a right-to-left language; unchanged otherwise, and
    /// when it is not text (an absent optional stays absent, so its section is still skipped).
    static func isolate(_ value: ContextValue, with opening: String, in language: Language) -> ContextValue {
        guard language.direction == .rightToLeft, case .text(let text) = value else { return value }
        return .text(opening + text + pop)
    }
}
