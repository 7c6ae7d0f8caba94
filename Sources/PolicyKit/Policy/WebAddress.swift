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
}
