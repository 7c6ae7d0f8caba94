extension String {
    /// Whether the text is empty or only white space, as `allSatisfy(\.isWhitespace)` says.
    /// Decoding asks it of every value of every site, and the usual value starts with a
    /// visible ASCII character, which settles it without splitting the text into characters.
    var isOnlyWhiteSpace: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }
}
