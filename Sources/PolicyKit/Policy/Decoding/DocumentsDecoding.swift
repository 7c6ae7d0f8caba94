extension SettingsDecoder {
    static let documents = SettingsSection("documents", "How the documents are printed and checked.", [
        SettingsKey("paper", .choice(PaperSize.settingsChoice), example: "letter",
                    "The paper size, a4 or letter; the paper usual in the jurisdiction when left out."),
        SettingsKey("max_reading_grade", .integer(minimum: 1), default: .integer(DocumentSettings.defaultMaxReadingGrade),
                    example: .integer(DocumentSettings.defaultMaxReadingGrade),
                    "The highest reading grade 'check' accepts for what clients read."),
        SettingsKey("poster_size", .choice(PosterSize.settingsChoice), example: "tabloid",
                    "The lobby poster's sheet within the paper family: a4 or a3, letter or tabloid; the paper itself when left out."),
        SettingsKey("qr_url", .localizedText, example: "https://example.org/code-of-conduct",
                    "The page the poster's QR code opens, given per language if each has its own page; the website when left out. At most 120 characters."),
    ])
    static let documentsKeys = documents.names

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

extension PaperSize {
    /// What the `documents.paper` setting accepts, in any letter case.
    static let settingsChoice = SettingsChoice(words: allCases.map(\.rawValue))
}

extension PosterSize {
    /// What the `documents.poster_size` setting accepts, in any letter case.
    static let settingsChoice = SettingsChoice(words: allCases.map(\.rawValue))
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
