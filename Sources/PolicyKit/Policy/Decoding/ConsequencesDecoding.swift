extension SettingsDecoder {
    static let ladderStep = SettingsSection("ladder_step", "One step of the consequences ladder.", [
        SettingsKey("level", .integer(minimum: 1), required: true, example: 1, "The step's number; levels go up in order."),
        SettingsKey("trigger", .localizedText, required: true, example: "A first incident of rudeness", "What leads to this step."),
        SettingsKey("response", .localizedText, required: true, example: "A conversation about this code", "What happens."),
        SettingsKey("decided_by", .localizedText, required: true, example: "Manager on duty", "Who decides."),
        SettingsKey("duration", .localizedText, example: "up to 3 months", "How long the response lasts."),
        SettingsKey("review", .localizedText, example: "at the end of the period", "When it is reviewed."),
        SettingsKey("letter", .bool, default: true, example: false, "Whether the step is given to the client in a letter; false for a step given only in speech."),
    ])
    static let consequencesSection = SettingsSection("consequences", "The consequences ladder and how decisions are reviewed.", [
        SettingsKey("ladder", .list(.section(ladderStep)), "The steps, lowest first; replaces the built-in ladder."),
        SettingsKey("review", .localizedText, default: .english(ConsequenceDefaults.review), "How a client asks for a decision to be reviewed."),
        SettingsKey("serious_incidents_skip_steps", .bool, default: true, example: true, "Serious incidents may go straight to a higher step."),
    ])
    static let consequencesKeys = consequencesSection.names
    static let levelKeys = ladderStep.names

    /// `consequences:` is either the ladder itself (a list) or a mapping with the
    /// ladder, the review text and whether serious incidents may skip steps.
    static func decodeConsequences(_ root: MappingReader, contacts: Contacts) -> Consequences {
        var consequences = Consequences(ladder: ConsequenceDefaults.ladder(director: contacts.director), review: ConsequenceDefaults.review, seriousIncidentsSkipSteps: true)
        guard let entry = root.entry("consequences") else { return consequences }
        let context = root.context
        if case .sequence = entry.value.kind {
            if let ladder = decodeLadder(entry.value, name: "consequences", context: context) { consequences.ladder = ladder }
            return consequences
        }
        guard let reader = root.mapping("consequences", knownKeys: consequencesKeys) else { return consequences }
        if let ladderEntry = reader.entry("ladder"),
           let ladder = decodeLadder(ladderEntry.value, name: "ladder", context: context) {
            consequences.ladder = ladder
        }
        if let review = reader.localizedText("review") { consequences.review = review }
        if let skip = reader.bool("serious_incidents_skip_steps") { consequences.seriousIncidentsSkipSteps = skip }
        return consequences
    }

    private static func decodeLadder(_ node: Node, name: String, context: DecodingContext) -> [ConsequenceLevel]? {
        guard let items = ValueReader.list(node, name: name, of: "steps", context: context) else { return nil }
        var ladder: [ConsequenceLevel] = []
        var failed = false
        var seen: [Int: SourceLocation] = [:]
        var highest: Int?
        for (index, item) in items.enumerated() {
            let label = "step \(index + 1) of '\(name)'"
            guard let step = MappingReader(item, name: label, anchor: item.location, knownKeys: levelKeys, context: context) else {
                if item.isNull { context.error("\(label) is empty", at: item.location) }
                failed = true
                continue
            }
            var level: Int?
            if let levelEntry = step.entry("level") {
                level = step.integer("level", minimum: 1)
                if let value = level {
                    if let first = seen[value] {
                        context.error("ladder level \(value) is used twice (first on line \(first.line)); each level must appear once", at: levelEntry.value.location)
                        level = nil
                    } else if let highest, value < highest {
                        context.error("ladder levels must go up in order: level \(value) comes after level \(highest)", at: levelEntry.value.location)
                        level = nil
                    }
                    if let value = level {
                        seen[value] = levelEntry.value.location
                        highest = value
                    }
                }
            } else {
                step.missing("level")
            }
            let trigger = step.requiredLocalizedText("trigger")
            let response = step.requiredLocalizedText("response")
            let decidedBy = step.requiredLocalizedText("decided_by")
            guard let level, let trigger, let response, let decidedBy else {
                failed = true
                continue
            }
            ladder.append(ConsequenceLevel(
                level: level,
                trigger: trigger,
                response: response,
                decidedBy: decidedBy,
                duration: step.localizedText("duration"),
                review: step.localizedText("review"),
                letter: step.bool("letter") ?? true
            ))
        }
        return failed ? nil : ladder
    }
}
