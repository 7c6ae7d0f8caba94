/// Web addresses as people read and type them.
enum WebAddress {
    /// `url` as a reader types it: without `https://`, which browsers add, and without a
    /// closing `/`. Any other scheme stays, since a browser would not guess it.
    static func typed(_ url: String) -> String {
        var address = Substring(url)
        if address.hasPrefix("https://") { address = address.dropFirst("https://".count) }
        if address.hasSuffix("/") { address = address.dropLast() }
        return String(address)
    }

    /// `text` without its web and email addresses (`https://…`, `example.org/code`,
    /// `name@example.org`), keeping the punctuation around one, such as the full stop
    /// that ends its sentence. A reader copies an address out rather than reads it, so it
    /// is neither graded for reading ease nor counted among a language's words. An address
    /// is found where it touches other text too, as after a Chinese colon.
    static func removingAddresses(from text: String) -> String {
        var kept = ""
        var run = ""
        func endRun() {
            let opening = run.prefix { !$0.isLetter && !$0.isNumber }
            let rest = run.dropFirst(opening.count)
            let closing = rest.reversed().prefix { !$0.isLetter && !$0.isNumber && $0 != "/" }.count
            kept += isAddress(rest.dropLast(closing)) ? opening + rest.suffix(closing) : Substring(run)
            run = ""
        }
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || urlPunctuation.contains(character) {
                run.append(character)
            } else {
                endRun()
                kept.append(character)
            }
        }
        endRun()
        return kept
    }

    /// The characters besides letters and digits an address may hold (RFC 3986).
    private static let urlPunctuation = Set("-._~:/?#[]@!$&'()*+,;=%")

    /// Whether a run of address characters is an address: it has a scheme or an `@`, or
    /// starts with a host name of two or more labels whose last is a word of two letters
    /// or more.
    private static func isAddress(_ text: Substring) -> Bool {
        if text.contains("://") || text.contains("@") { return true }
        let labels = text.prefix { $0 != "/" }.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in !label.isEmpty && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }
}
