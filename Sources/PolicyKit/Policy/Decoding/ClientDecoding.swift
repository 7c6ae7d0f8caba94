extension SettingsDecoder {
    static let behaviour = SettingsSection("behaviour", "A behaviour that is not accepted, with examples.", [
        SettingsKey("behaviour", .localizedText, required: true, example: "Threats", "The behaviour, in a few words."),
        SettingsKey("examples", .localizedTextList, example: .strings(["saying you will hurt someone"]), "Examples of it."),
        SettingsKey("on_poster", .bool, "Show this behaviour on the lobby poster; without any, the poster shows the first five."),
    ])
    /// A bare line of text, or a behaviour with examples.
    static let behaviourItem = SettingsValue.either([.localizedText, .section(behaviour)])
    static let clientExpectations = SettingsSection("client_expectations", "What clients are asked to do and not to do.", [
        SettingsKey("acceptable", .localizedTextList, "What clients are asked to do; replaces the built-in list."),
        SettingsKey("not_accepted", .list(behaviourItem), "Behaviours that are not accepted; replaces the built-in list."),
        SettingsKey("also_not_accepted", .list(behaviourItem), "Behaviours added after the built-in ones."),
    ])
    static let complaints = SettingsSection("complaints", "How clients make a complaint.", [
        SettingsKey("contact", .localizedText, default: .english(ClientDefaults.complaints.contact), "Who receives complaints."),
        SettingsKey("how", .localizedText, default: .english(ClientDefaults.complaints.how), "How to make a complaint."),
        SettingsKey("response_time", .localizedText, default: .english(ClientDefaults.complaints.responseTime), "How soon clients hear back."),
    ])
    static let clientExpectationKeys = clientExpectations.names
    static let behaviourKeys = behaviour.names
    static let complaintsKeys = complaints.names

    static func decodeClientExpectations(_ reader: MappingReader?) -> ClientExpectations {
        var expectations = ClientExpectations(acceptable: ClientDefaults.acceptable, notAccepted: ClientDefaults.notAccepted)
        guard let reader else { return expectations }
        if let acceptable = reader.localizedTextList("acceptable") { expectations.acceptable = acceptable }
        if let behaviours = decodeBehaviours(reader, "not_accepted") { expectations.notAccepted = behaviours }
        if let extra = decodeBehaviours(reader, "also_not_accepted") { expectations.notAccepted += extra }
        return expectations
    }

    private static func decodeBehaviours(_ reader: MappingReader, _ key: String) -> [NotAcceptedBehaviour]? {
        guard let items = reader.list(key, of: "behaviours") else { return nil }
        var behaviours: [NotAcceptedBehaviour] = []
        for (index, item) in items.enumerated() {
            let label = "item \(index + 1) of '\(key)'"
            // A bare line of text (or text per language) is a behaviour without examples.
            if !item.isNull, isLocalizedText(item) {
                if let text = ValueReader.localizedText(item, name: key, translatable: true, context: reader.context) {
                    behaviours.append(NotAcceptedBehaviour(behaviour: text))
                }
                continue
            }
            guard let entry = MappingReader(item, name: label, anchor: item.location, knownKeys: behaviourKeys, context: reader.context) else {
                if item.isNull { reader.context.error("\(label) is empty", at: item.location) }
                continue
            }
            guard let behaviour = entry.requiredLocalizedText("behaviour") else { continue }
            behaviours.append(NotAcceptedBehaviour(
                behaviour: behaviour, examples: entry.localizedTextList("examples") ?? [], onPoster: entry.bool("on_poster") ?? false))
        }
        return behaviours
    }

    static func decodeComplaints(_ reader: MappingReader?) -> Complaints {
        var complaints = ClientDefaults.complaints
        guard let reader else { return complaints }
        if let contact = reader.localizedText("contact") { complaints.contact = contact }
        if let how = reader.localizedText("how") { complaints.how = how }
        if let time = reader.localizedText("response_time") { complaints.responseTime = time }
        return complaints
    }

    /// A scalar, or a mapping whose keys are all language codes: text, not a behaviour entry.
    private static func isLocalizedText(_ node: Node) -> Bool {
        switch node.kind {
        case .scalar: return true
        case .mapping(let entries):
            return !entries.isEmpty && entries.allSatisfy { entry in
                guard case .scalar(let key) = entry.key.kind else { return false }
                return Language(code: key.text) != nil
            }
        case .sequence: return false
        }
    }
}
