extension Jurisdiction {
    /// Country names and abbreviations people write for a jurisdiction, beside its code.
    static let writtenNames: [(name: String, jurisdiction: Jurisdiction)] = [
        ("Australia", .australia), ("Canada", .canada),
        ("United Kingdom", .unitedKingdom), ("The United Kingdom", .unitedKingdom),
        ("United States", .unitedStates), ("The United States", .unitedStates), ("USA", .unitedStates),
        ("United States of America", .unitedStates),
    ]

    /// What `init(written:)` accepts, codes first, for the settings schema.
    static let settingsChoice = SettingsChoice(words: allCases.map(\.rawValue) + writtenNames.map(\.name))

    /// The jurisdiction as people write it in settings: its code (`CA`), the
    /// country's name (`Australia`) or a common abbreviation (`USA`), in any case.
    init?(written text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if let code = Jurisdiction(rawValue: words.uppercased()) {
            self = code
            return
        }
        guard let found = Self.writtenNames.first(where: { $0.name.lowercased() == words }) else { return nil }
        self = found.jurisdiction
    }
}
