/// The `organisation:` section: who the documents are for.
public struct Organisation: Hashable, Sendable {
    /// Required.
    public var name: String
    /// Required; chooses the default emergency and crisis numbers.
    public var jurisdiction: Jurisdiction
    public var address: String?
    public var phone: String?
    /// An http or https address; anything else is rejected when the settings load.
    public var website: String?
    /// The language of the documents (default "en").
    public var language: String

    public init(
        name: String,
        jurisdiction: Jurisdiction,
        address: String? = nil,
        phone: String? = nil,
        website: String? = nil,
        language: String = "en"
    ) {
        self.name = name
        self.jurisdiction = jurisdiction
        self.address = address
        self.phone = phone
        self.website = website
        self.language = language
    }
}
