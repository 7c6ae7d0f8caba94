extension SettingsDecoder {
    static let documents = SettingsSection("documents", "How the documents are printed and checked.", [
        SettingsKey("paper", .choice(PaperSize.settingsChoice), example: "letter",
                    "The paper size, a4 or letter; the paper usual in the jurisdiction when left out."),
        SettingsKey("max_reading_grade", .integer(minimum: 1), default: .integer(DocumentSettings.defaultMaxReadingGrade),
                    example: .integer(DocumentSettings.defaultMaxReadingGrade),
                    "The highest reading grade 'check' accepts for what clients read."),
    ])
    static let documentsKeys = documents.names

    static func decodeDocuments(_ reader: MappingReader?) -> DocumentSettings {
        guard let reader else { return DocumentSettings() }
        var settings = DocumentSettings()
        if let entry = reader.entry("paper"), let text = reader.text("paper") {
            if let paper = PaperSize(rawValue: text.lowercased()) {
                settings.paper = paper
            } else {
                let allowed = PaperSize.allCases.map(\.rawValue).joined(separator: " or ")
                reader.context.error("unknown paper size '\(Node.shortened(text))'; use \(allowed)", at: entry.value.location)
            }
        }
        if let grade = reader.integer("max_reading_grade", minimum: 1) {
            settings.maxReadingGrade = grade
        }
        return settings
    }
}

extension PaperSize {
    /// What the `documents.paper` setting accepts, in any letter case.
    static let settingsChoice = SettingsChoice(words: allCases.map(\.rawValue))
}
