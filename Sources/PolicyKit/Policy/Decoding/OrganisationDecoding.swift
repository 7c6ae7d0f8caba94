extension SettingsDecoder {
    static let organisation = SettingsSection("organisation", "Who the documents are for.", [
        SettingsKey("name", .localizedText, required: true, example: "Riverside Family Support",
                    "The organisation's name as every document prints it; give it per language only if it differs."),
        SettingsKey("jurisdiction", .choice(Jurisdiction.settingsChoice), required: true, example: "CA",
                    "The country the organisation works in (CA, US, AU or UK, or the country's name): it sets the default emergency and crisis numbers and the usual paper."),
        SettingsKey("address", .text, example: "12 Front Street, Springfield", "The street address printed on the documents."),
        SettingsKey("phone", .text, example: "555-0100", "The main phone number printed on the documents."),
        SettingsKey("website", .text, example: "https://example.org",
                    "The website, such as www.example.org; written without https:// it is read as https."),
        SettingsKey("logo", .text, example: "logo.png",
                    "A PNG or JPEG file of the logo, at most 2 MB, named relative to this settings file."),
        SettingsKey("colour", .text, example: "#0B5394",
                    "The brand colour for headings, rules and panels, as #RRGGBB; darkened, with a warning, if text on it would be hard to read."),
        // Not read: known only to say where the languages go instead.
        SettingsKey("language", .text, retired: true, "Replaced by the top-level list 'languages'."),
    ])
    static let organisationKeys = organisation.names

    static func decodeOrganisation(_ root: MappingReader) -> Organisation? {
        guard let reader = root.mapping("organisation", knownKeys: organisationKeys) else {
            // A value of the wrong kind has been reported already.
            if root.entry("organisation") == nil { root.missing("organisation") }
            return nil
        }
        let name = reader.requiredLocalizedText("name", translatable: false)
        let jurisdiction = decodeJurisdiction(reader)
        let website = decodeWebsite(reader)
        reportOldLanguage(reader)
        let logo = decodeLogo(reader)
        let colour = decodeColour(reader)
        guard let name, let jurisdiction else { return nil }
        var organisation = Organisation(
            name: name,
            jurisdiction: jurisdiction,
            address: reader.text("address"),
            phone: reader.text("phone"),
            website: website
        )
        organisation.logo = logo
        organisation.colour = colour
        return organisation
    }

    private static func decodeJurisdiction(_ reader: MappingReader) -> Jurisdiction? {
        guard let entry = reader.entry("jurisdiction") else {
            reader.missing("jurisdiction")
            return nil
        }
        guard let text = reader.text("jurisdiction") else { return nil }
        if let jurisdiction = Jurisdiction(written: text) { return jurisdiction }
        let allowed = Jurisdiction.allCases.map(\.rawValue).joined(separator: ", ")
        let hint = text.uppercased() == "GB" ? " (use UK for the United Kingdom)" : ""
        reader.context.error("unknown jurisdiction '\(Node.shortened(text))'\(hint); use one of: \(allowed) (or the country's name, such as Australia)", at: entry.value.location)
        return nil
    }

    /// One language per file was set here before documents came in several languages.
    private static func reportOldLanguage(_ reader: MappingReader) {
        guard let entry = reader.entry("language") else { return }
        var list = "en"
        if case .scalar(let scalar) = entry.value.kind, !scalar.text.isEmpty { list = Node.shortened(scalar.text) }
        reader.context.error("the document languages are set in the top-level list 'languages', not in 'organisation'; remove 'language' here and write 'languages: [\(list)]'", at: entry.key.location)
    }

    static func decodeWebsite(_ reader: MappingReader) -> String? {
        guard let entry = reader.entry("website"), let text = reader.text("website") else { return nil }
        // `www.example.org` is how addresses are usually written down: it means https.
        let address = text.contains(":") || !text.contains(".") ? text : "https://" + text
        let lower = address.lowercased()
        let scheme = ["https://", "http://"].first { lower.hasPrefix($0) }
        guard let scheme, address.count > scheme.count, !address.contains(where: \.isWhitespace) else {
            reader.context.error("'website' must be a web address, such as www.example.org or https://www.example.org, found '\(Node.shortened(text))'", at: entry.value.location)
            return nil
        }
        return address
    }
}
