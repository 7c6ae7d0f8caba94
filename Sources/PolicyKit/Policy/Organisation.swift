/// The `organisation:` section: who the documents are for.
public struct Organisation: Hashable, Sendable {
    /// Required. May be given per language; a name given once is used in every language.
    public internal(set) var name: LocalizedText
    /// Required; chooses the default emergency and crisis numbers.
    public internal(set) var jurisdiction: Jurisdiction
    public internal(set) var address: String?
    public internal(set) var phone: String?
    /// An http or https address; anything else is rejected when the settings load.
    public internal(set) var website: String?
    /// `logo`: printed on every document; nil without one.
    var logo: Logo?
    /// `colour` (or `color`): headings, rules and panels; nil for the documents' own colours.
    /// Always dark enough for white text on it and for text on white (WCAG AA).
    var colour: BrandColour?

    init(
        name: LocalizedText,
        jurisdiction: Jurisdiction,
        address: String? = nil,
        phone: String? = nil,
        website: String? = nil
    ) {
        self.name = name
        self.jurisdiction = jurisdiction
        self.address = address
        self.phone = phone
        self.website = website
    }
}
