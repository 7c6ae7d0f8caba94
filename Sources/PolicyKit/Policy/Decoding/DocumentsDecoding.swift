extension SettingsDecoder {
    static let documentsKeys = ["paper", "max_reading_grade"]

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
