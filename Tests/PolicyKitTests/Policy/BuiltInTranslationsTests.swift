import Testing
@testable import PolicyKit

/// The built-in client text has Arabic, Chinese, Punjabi and Vietnamese wording for every sentence a client
/// reads, found by its English: a changed English sentence without a new entry fails here
/// instead of printing English on an Arabic or Chinese poster.
@Suite struct BuiltInTranslationsTests {
    static var clientText: [LocalizedText] {
        ClientDefaults.acceptable + ClientDefaults.rights
            + ClientDefaults.notAccepted.flatMap { [$0.behaviour] + $0.examples }
            + ConsequenceDefaults.ladder.flatMap { [$0.trigger, $0.response, $0.decidedBy] + [$0.duration, $0.review].compactMap { $0 } }
            + [ConsequenceDefaults.review, ClientDefaults.complaints.contact, ClientDefaults.complaints.how]
            + [ClientDefaults.complaints.responseTime].compactMap { $0 }
            + Jurisdiction.allCases.map(\.defaultEmergencyNumbers.crisisLineName)
    }

    @Test(arguments: [Language.arabic, .simplifiedChinese, .punjabi, .vietnamese])
    func everyBuiltInClientSentenceHasTheLanguage(language: Language) {
        #expect(Self.clientText.count > 60)
        for text in Self.clientText {
            #expect(text.translations[language.code] != nil, "no \(language.englishName) for '\(text.en)'")
        }
    }

    @Test(arguments: [Language.arabic, .simplifiedChinese])
    func everyTableEntryIsUsed(language: Language) throws {
        let used = Set(Self.clientText.map(\.en))
        let table = try #require(BuiltInTranslations.tables[language.code])
        #expect(table.keys.filter { !used.contains($0) }.sorted() == [])
    }
}
