/// The caption under the poster's QR code: the one paragraph after the emergency panel,
/// in a column only as wide as the code.
enum PosterCaption {
    /// `bodyHTML` with the address in the caption set apart (`<span class="address">`, a
    /// box of its own in the poster's stylesheet, so it starts a line rather than break
    /// where the words before it end) and allowed to break after its dots and slashes
    /// (`<wbr>`). An address wider than the column would otherwise break inside a word
    /// ("harbourview.examp" / "le.org"), which a reader types as printed. Unchanged when
    /// the caption does not show `address`.
    static func withAddressBreaks(_ bodyHTML: String, address: String) -> String {
        let escaped = HTMLEscaping.escape(address)
        guard let panel = bodyHTML.firstRange(of: "</blockquote>\n<p>"),
              let end = bodyHTML[panel.upperBound...].firstRange(of: "</p>"),
              let found = bodyHTML[panel.upperBound..<end.lowerBound].firstRange(of: escaped) else { return bodyHTML }
        var breakable = "<span class=\"address\">"
        for character in escaped.dropLast() {
            breakable.append(character)
            if character == "." || character == "/" { breakable += "<wbr>" }
        }
        breakable += escaped.suffix(1) + "</span>"
        var marked = bodyHTML
        marked.replaceSubrange(found, with: breakable)
        return marked
    }
}
