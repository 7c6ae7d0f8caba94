extension SettingsDecoder {
    static let contactsKeys = ["manager_on_duty", "director", "security", "eap", "other"]
    static let contactKeys = ["title", "name", "phone"]

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
                return Contact(title: title, name: entry.text("name"), phone: entry.localizedText("phone", translatable: false))
            }
        }
        return contacts
    }

    private static func decodeContact(_ reader: MappingReader, _ key: String, defaultTitle: LocalizedText) -> Contact? {
        guard let entry = reader.mapping(key, knownKeys: contactKeys) else { return nil }
        return Contact(title: entry.localizedText("title") ?? defaultTitle, name: entry.text("name"), phone: entry.localizedText("phone", translatable: false))
    }
}
