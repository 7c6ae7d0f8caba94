extension SettingsDecoder {
    static let changeLogEntry = SettingsSection("change_log_entry", "One change to the policy.", [
        SettingsKey("date", .date, required: true, example: "2026-01-15", "When the change took effect (YYYY-MM-DD)."),
        SettingsKey("version", .text, example: "1.0", "The version the change made."),
        SettingsKey("summary", .localizedText, required: true, example: "First version of the policy.",
                    "What changed, in a sentence; written once, it is used as written in every language."),
    ])
    static let metadata = SettingsSection("policy", "Which version of the policy this is.", [
        SettingsKey("version", .text, required: true, example: "1.0", "The policy's version, such as 1.0 or 2.10."),
        SettingsKey("effective_date", .date, required: true, example: "2026-01-15", "The date the policy takes effect (YYYY-MM-DD)."),
        SettingsKey("next_review", .date, example: "2027-01-15", "When the policy is next reviewed (YYYY-MM-DD); after the effective date."),
        SettingsKey("approved_by", .text, example: "Board of Directors", "Who approved the policy."),
        SettingsKey("change_log", .list(.section(changeLogEntry)), "One entry per change, oldest first."),
    ])
    static let metadataKeys = metadata.names
    static let changeLogKeys = changeLogEntry.names

    static func decodeMetadata(_ root: MappingReader, today: CalendarDate) -> PolicyMetadata? {
        guard let reader = root.mapping("policy", knownKeys: metadataKeys) else {
            // A value of the wrong kind has been reported already.
            if root.entry("policy") == nil { root.missing("policy") }
            return nil
        }
        let version = reader.requiredText("version")
        let effectiveDate: CalendarDate?
        if reader.entry("effective_date") == nil {
            reader.missing("effective_date")
            effectiveDate = nil
        } else {
            effectiveDate = reader.date("effective_date")
        }
        let nextReview = reader.date("next_review")
        if let nextReview, let node = reader.entry("next_review")?.value {
            if let effectiveDate, nextReview <= effectiveDate {
                reader.context.error("'next_review' (\(nextReview.iso)) must be after 'effective_date' (\(effectiveDate.iso))", at: node.location)
            } else if nextReview < today {
                reader.context.warning("the review date \(nextReview.iso) has passed; review the policy and set a new 'next_review'", at: node.location)
            }
        }
        let changeLog = decodeChangeLog(reader)
        guard let version, let effectiveDate else { return nil }
        return PolicyMetadata(
            version: version,
            effectiveDate: effectiveDate,
            nextReview: nextReview,
            approvedBy: reader.text("approved_by"),
            changeLog: changeLog
        )
    }

    private static func decodeChangeLog(_ reader: MappingReader) -> [ChangeLogEntry] {
        guard let items = reader.list("change_log", of: "changes") else { return [] }
        var entries: [ChangeLogEntry] = []
        for (index, item) in items.enumerated() {
            let name = "item \(index + 1) of 'change_log'"
            guard let change = MappingReader(item, name: name, anchor: item.location, knownKeys: changeLogKeys, context: reader.context) else {
                if item.isNull { reader.context.error("\(name) is empty", at: item.location) }
                continue
            }
            var date: CalendarDate?
            if change.entry("date") == nil { change.missing("date") } else { date = change.date("date") }
            // Written once, the log's words are used as they are in every language, without a
            // warning: they record what was done. Per language, each document shows its own.
            let summary = change.requiredLocalizedText("summary", translatable: false)
            if let date, let summary {
                entries.append(ChangeLogEntry(date: date, version: change.text("version"), summary: summary))
            }
        }
        return entries
    }
}
