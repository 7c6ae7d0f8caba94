extension SettingsDecoder {
    static let namedNumber = SettingsSection("named_number", "A number worth having on the wall.", [
        SettingsKey("name", .localizedText, required: true, example: "Poison information", "What the number is for."),
        SettingsKey("number", .text, required: true, example: "555-0199", "The number to call."),
    ])
    static let emergency = SettingsSection("emergency", "Numbers on the poster and the quick-reference card.", [
        SettingsKey("emergency_number", .text, example: "911", "The emergency number; the jurisdiction's when left out."),
        SettingsKey("crisis_line", .text, example: "988",
                    "The crisis line; the jurisdiction's when left out. Another line needs 'crisis_line_name'."),
        SettingsKey("crisis_line_name", .localizedText, example: "Suicide Crisis Helpline", "What the crisis line is called."),
        SettingsKey("other_numbers", .list(.section(namedNumber)), "Further numbers, each with a name and a number."),
    ])
    static let emergencyKeys = emergency.names
    static let namedNumberKeys = namedNumber.names

    static func decodeEmergency(_ reader: MappingReader?, jurisdiction: Jurisdiction) -> EmergencyNumbers {
        var numbers = jurisdiction.defaultEmergencyNumbers
        guard let reader else { return numbers }
        if let number = reader.text("emergency_number") { numbers.emergencyNumber = number }
        let name = reader.localizedText("crisis_line_name")
        if let line = reader.text("crisis_line") {
            // The default name belongs to the default line; another line needs its own name.
            if name == nil, line != numbers.crisisLine, let entry = reader.entry("crisis_line") {
                reader.context.error("add 'crisis_line_name' to say what '\(Node.shortened(line))' is called", at: entry.key.location)
            }
            numbers.crisisLine = line
        }
        if let name { numbers.crisisLineName = name }
        if let items = reader.list("other_numbers", of: "names and numbers") {
            numbers.otherNumbers = items.enumerated().compactMap { index, item in
                let label = "item \(index + 1) of 'other_numbers'"
                guard let entry = MappingReader(item, name: label, anchor: item.location, knownKeys: namedNumberKeys, context: reader.context) else {
                    if item.isNull { reader.context.error("\(label) is empty", at: item.location) }
                    return nil
                }
                guard let name = entry.requiredLocalizedText("name"), let number = entry.requiredText("number") else { return nil }
                return NamedNumber(name: name, number: number)
            }
        }
        return numbers
    }
}
