extension SettingsDecoder {
    static let clientExpectationKeys = ["acceptable", "not_accepted", "also_not_accepted"]
    static let behaviourKeys = ["behaviour", "examples"]
    static let complaintsKeys = ["contact", "how", "response_time"]

    static func decodeClientExpectations(_ reader: MappingReader?) -> ClientExpectations {
        var expectations = ClientExpectations(acceptable: ClientDefaults.acceptable, notAccepted: ClientDefaults.notAccepted)
        guard let reader else { return expectations }
        if let acceptable = reader.textList("acceptable") { expectations.acceptable = acceptable }
        if let behaviours = decodeBehaviours(reader, "not_accepted") { expectations.notAccepted = behaviours }
        if let extra = decodeBehaviours(reader, "also_not_accepted") { expectations.notAccepted += extra }
        return expectations
    }

    private static func decodeBehaviours(_ reader: MappingReader, _ key: String) -> [NotAcceptedBehaviour]? {
        guard let items = reader.list(key, of: "behaviours") else { return nil }
        var behaviours: [NotAcceptedBehaviour] = []
        for (index, item) in items.enumerated() {
            let label = "item \(index + 1) of '\(key)'"
            // A bare line of text is a behaviour without examples.
            if case .scalar = item.kind, !item.isNull {
                if let text = ValueReader.text(item, name: key, context: reader.context) {
                    behaviours.append(NotAcceptedBehaviour(behaviour: text))
                }
                continue
            }
            guard let entry = MappingReader(item, name: label, anchor: item.location, knownKeys: behaviourKeys, context: reader.context) else {
                if item.isNull { reader.context.error("\(label) is empty", at: item.location) }
                continue
            }
            guard let behaviour = entry.requiredText("behaviour") else { continue }
            behaviours.append(NotAcceptedBehaviour(behaviour: behaviour, examples: entry.textList("examples") ?? []))
        }
        return behaviours
    }

    static func decodeComplaints(_ reader: MappingReader?) -> Complaints {
        var complaints = ClientDefaults.complaints
        guard let reader else { return complaints }
        if let contact = reader.text("contact") { complaints.contact = contact }
        if let how = reader.text("how") { complaints.how = how }
        if let time = reader.text("response_time") { complaints.responseTime = time }
        return complaints
    }
}
