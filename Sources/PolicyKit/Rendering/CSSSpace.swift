extension StringProtocol {
    /// The text without the white space CSS allows around values and selectors
    /// (spaces, tabs, line breaks, form feeds).
    var trimmedOfCSSSpace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
