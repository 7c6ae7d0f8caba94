extension SettingsDecoder {
    static let clientExpectationKeys = ["acceptable", "not_accepted", "also_not_accepted"]
    static let behaviourKeys = ["behaviour", "examples", "on_poster"]
    static let complaintsKeys = ["contact", "how", "response_time"]

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
