extension SettingsDecoder {
    static let documentsKeys = ["paper", "max_reading_grade", "poster_size", "qr_url"]

    /// `jurisdiction` gives the paper family when the settings name no paper.
    static func decodeDocuments(_ reader: MappingReader?, jurisdiction: Jurisdiction) -> DocumentSettings {
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
        settings.posterSize = decodePosterSize(reader, family: settings.paper ?? jurisdiction.usualPaper)
        settings.qrURL = decodeQRURL(reader)
        return settings
    }
}

extension SettingsDecoder {
    private static func decodePosterSize(_ reader: MappingReader, family: PaperSize) -> PosterSize? {
        guard let entry = reader.entry("poster_size"), let text = reader.text("poster_size") else { return nil }
        guard let size = PosterSize(rawValue: text.lowercased()) else {
            let allowed = PosterSize.allCases.map(\.rawValue).joined(separator: ", ")
            reader.context.error("unknown poster size '\(Node.shortened(text))'; use one of: \(allowed)", at: entry.value.location)
            return nil
        }
        guard size.family == family else {
            reader.context.error("poster size '\(size.rawValue)' is not made in the \(family.displayName) paper family these documents print on; use \(PosterSize.names(in: family)), or change 'paper'", at: entry.value.location)
            return nil
        }
        return size
    }

    /// Each language's address must be a web address short enough to scan.
    private static func decodeQRURL(_ reader: MappingReader) -> LocalizedText? {
        guard let entry = reader.entry("qr_url"), var text = reader.localizedText("qr_url") else { return nil }
        var valid = true
        func checked(_ address: String, language: String?) -> String {
            let place = language.map { " (\($0))" } ?? ""
            let lower = address.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !address.contains(where: \.isWhitespace) else {
                reader.context.error("'qr_url'\(place) must be a web address starting with https://, found '\(Node.shortened(address))'", at: entry.value.location)
                valid = false
                return address
            }
            guard address.count <= DocumentSettings.maximumQRURLLength else {
                reader.context.error("'qr_url'\(place) is \(address.count) characters long; a QR code printed 25 mm wide scans reliably only up to \(DocumentSettings.maximumQRURLLength): use a shorter address, such as a short link to the page", at: entry.value.location)
                valid = false
                return address
            }
            return address
        }
        text.untranslated = text.untranslated.map { checked($0, language: nil) }
        for (language, address) in text.translations.sorted(by: { $0.key < $1.key }) {
            text.translations[language] = checked(address, language: language)
        }
        return valid ? text : nil
    }
}
