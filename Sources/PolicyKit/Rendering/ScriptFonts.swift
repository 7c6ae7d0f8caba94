/// The fonts a page names for the script of its language, so Arabic, Chinese and Punjabi print in
/// a typeface made for them (the Noto fonts `scripts/install-dependencies` installs, then
/// each system's own) rather than whatever the browser falls back to letter by letter.
/// Latin-script languages keep the stylesheet's own fonts.
enum ScriptFonts {
    /// The font stack for a BCP 47 language tag, or nil when the base stylesheet's suits it.
    static func stack(forLanguage tag: String) -> String? {
        if isArabicScript(tag) {
            return "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Geeza Pro\", \"Segoe UI\", Tahoma, Arial, \"Liberation Sans\", sans-serif"
        }
        switch tag.split(separator: "-").first.map({ $0.lowercased() }) ?? "" {
        case "zh":
            return "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", Arial, \"Liberation Sans\", sans-serif"
        case "pa":
            // Gurmukhi, with Latin letters (names, addresses) from the same family.
            return "\"Noto Sans Gurmukhi\", \"Noto Sans\", \"Gurmukhi MN\", \"Raavi\", Arial, \"Liberation Sans\", sans-serif"
        default:
            return nil
        }
    }

    /// A rule after every other, for screen and print, naming the stack; empty when the
    /// language needs none.
    static func css(forLanguage tag: String) -> String {
        guard let stack = stack(forLanguage: tag) else { return "" }
        // `body[class]` weighs as much as a style's own `body.poster` and comes later, so
        // the script's fonts win over the Latin ones a style names.
        var css = "body, body[class] { font-family: \(stack); }\n"
        if isArabicScript(tag) {
            // Arabic letters reach further above and below the line than Latin ones: the
            // tight print spacing of the poster and card would let the lines touch.
            css += "@media print { body.poster, body.card { line-height: 1.3; } }\n"
        }
        return css
    }

    private static func isArabicScript(_ tag: String) -> Bool {
        ["ar", "fa", "ur"].contains(tag.split(separator: "-").first.map { $0.lowercased() } ?? "")
    }
}
