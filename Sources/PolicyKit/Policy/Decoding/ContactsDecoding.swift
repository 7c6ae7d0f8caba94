extension SettingsDecoder {
    static let contact = SettingsSection("contact", "A role and, when known, the person holding it and how to reach them.", [
        SettingsKey("title", .localizedText, example: "Manager on duty", "The role as documents name it, such as CEO for the director."),
        SettingsKey("name", .text, example: "Sam Lee", "The person holding the role."),
        SettingsKey("phone", .localizedText, example: "ext. 201", "A phone number or extension."),
        SettingsKey("email", .text, example: "director@example.org", "One email address."),
    ])
    static let otherContact = contact.requiring(["title"], name: "other_contact", description: "Another role staff may call, with its own title.")
    static let contacts = SettingsSection("contacts", "The roles staff call during and after an incident.", [
        SettingsKey("manager_on_duty", .section(contact), "Who staff notify first when a client becomes threatening."),
        SettingsKey("director", .section(contact), "The director, told of every hostile-client incident."),
        SettingsKey("security", .section(contact), "Building security; leave it out when there is none."),
        SettingsKey("eap", .section(contact), "The Employee Assistance Program; leave it out when there is none."),
        SettingsKey("other", .list(.section(otherContact)), "Further roles, each with its own 'title'."),
    ])
    static let contactsKeys = contacts.names
    static let contactKeys = contact.names

    /// For an unknown key under `contacts`: other roles go in the `other` list.
    static let otherRoleAdvice = "; to add another role, list it under 'other' with its own 'title'"

    static func decodeContacts(_ reader: MappingReader?) -> Contacts {
        var contacts = Contacts(managerOnDuty: StaffDefaults.managerOnDuty, director: StaffDefaults.director)
        guard let reader else { return contacts }
        if let contact = decodeContact(reader, "manager_on_duty", defaultTitle: StaffDefaults.managerOnDuty.title) {
            contacts.managerOnDuty = contact
        }
        if let contact = decodeContact(reader, "director", defaultTitle: StaffDefaults.director.title) {
            contacts.director = contact
        }
        contacts.security = decodeContact(reader, "security", defaultTitle: StaffDefaults.securityTitle)
        contacts.eap = decodeContact(reader, "eap", defaultTitle: StaffDefaults.eapTitle)
        if let items = reader.list("other", of: "contacts") {
            contacts.other = items.enumerated().compactMap { index, item in
                let label = "item \(index + 1) of 'other'"
                guard let entry = MappingReader(item, name: label, anchor: item.location, knownKeys: contactKeys, context: reader.context) else {
                    if item.isNull { reader.context.error("\(label) is empty", at: item.location) }
                    return nil
                }
                guard let title = entry.requiredLocalizedText("title") else { return nil }
                return Contact(title: title, name: entry.text("name"), phone: entry.localizedText("phone", translatable: false), email: decodeEmail(entry))
            }
        }
        return contacts
    }

    private static func decodeContact(_ reader: MappingReader, _ key: String, defaultTitle: LocalizedText) -> Contact? {
        guard let entry = reader.mapping(key, knownKeys: contactKeys) else { return nil }
        return Contact(title: entry.localizedText("title") ?? defaultTitle, name: entry.text("name"), phone: entry.localizedText("phone", translatable: false), email: decodeEmail(entry))
    }

    /// One address with a name before the '@' and a domain after it; a list of
    /// addresses or a 'mailto:' link is refused, so documents print one address.
    private static func decodeEmail(_ reader: MappingReader) -> String? {
        guard let entry = reader.entry("email"), let text = reader.text("email") else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == ":" || $0 == "<" || $0 == ">" })
        guard valid else {
            reader.context.error("'email' must be one email address, such as name@example.org, found '\(Node.shortened(text))'", at: entry.value.location)
            return nil
        }
        return text
    }
}
