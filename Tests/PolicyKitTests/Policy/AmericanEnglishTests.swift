import Foundation
import Testing
@testable import PolicyKit

/// A US organisation's documents are in American English: the built-in wording in American
/// spelling and terms, and American dates. Its own values keep the spelling it wrote.
@Suite struct AmericanEnglishTests {
    /// British spellings and terms a US reader would notice, whole words, lowercase.
    static let britishSpellings = [
        "behaviour", "behaviours", "apologise", "apologised", "practise", "practised", "organisation",
        "organisations", "colour", "colours", "recognise", "recognising", "realise", "centre",
        "neighbour", "favour", "honour", "labour", "programme", "licence", "defence", "offence",
        "judgement", "travelled", "travelling", "counselling", "counsellor", "cancelled", "whilst",
        "amongst", "learnt", "working days", "working day", "mobile phone", "prioritise", "minimise",
        "summarise", "emphasise", "authorise", "finalise", "organise", "organised",
        "acknowledgement", "acknowledgements",
    ]

    /// The British words `text` contains, whole words, ignoring case.
    static func britishWords(in text: String) -> [String] {
        let words = " " + LanguageMeasures.words(text).joined(separator: " ") + " "
        return britishSpellings.filter { words.contains(" \($0) ") }
    }

    @Test func britishSpellingsAndTermsBecomeAmerican() {
        #expect(AmericanSpelling.convert("Behaviour that is not accepted") == "Behavior that is not accepted")
        #expect(AmericanSpelling.convert("- Apologise for the situation.") == "- Apologize for the situation.")
        #expect(AmericanSpelling.convert("within 10 working days") == "within 10 business days")
        #expect(AmericanSpelling.convert("Working days, colours and the ORGANISATION's centre")
            == "Business days, colors and the ORGANIZATION's center")
        #expect(AmericanSpelling.convert("practise de-escalation; recognising signs; travelled") == "practice de-escalation; recognizing signs; traveled")
        // Words that only look alike are left alone.
        #expect(AmericanSpelling.convert("raising, premises, our hour, otherwise, advise") == "raising, premises, our hour, otherwise, advise")
    }

    @Test func americanDatesPutTheMonthFirst() {
        #expect(Language.americanEnglish.date(CalendarDate(year: 2026, month: 9, day: 1)!) == "September 1, 2026")
        #expect(Language.americanEnglish == Language.english)
        #expect(Language.americanEnglish.code == "en")
    }

    @Test func theUSJurisdictionChoosesAmericanEnglishAndTheOthersKeepTheirOwn() throws {
        for jurisdiction in Jurisdiction.allCases {
            let text = minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: \(jurisdiction.rawValue)") + "languages: [en, es]\n"
            let policy = try #require(load(text).policy)
            #expect(policy.primaryLanguage.isAmerican == (jurisdiction == .unitedStates))
            #expect(policy.languages.map(\.code) == ["en", "es"])
        }
    }

    /// Every built-in sentence of every document a US organisation gets, in the example
    /// shipped with PolicyKit, in each format, titles included.
    @Test func theUSExampleHasNoBritishSpelling() throws {
        let result = ExampleSettingsTests.load("lakeside-us")
        let policy = try #require(result.policy)
        #expect(policy.organisation.jurisdiction == .unitedStates)
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.text, .markdown, .html])).files
            .filter { !$0.name.contains(".es.") }
        // Every standard document: poster, code of conduct, handbook, card, checklist,
        // incident report and acknowledgement.
        #expect(Set(files.map(\.name)).isSuperset(of: DocumentKind.standard.filter { $0 != .letter }.map { "\($0.rawValue).txt" }))
        #expect(DocumentKind.acknowledgement.displayName(in: policy.primaryLanguage) == "Staff Acknowledgment")
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(Self.britishWords(in: text) == [], "\(file.name)")
        }
        let poster = String(decoding: try #require(files.first { $0.name == "poster.txt" }).bytes, as: UTF8.self)
        #expect(poster.contains("September 1, 2026"))
    }

    @Test func canadaTheUKAndAustraliaKeepTheirSpelling() throws {
        let files = try DocumentBuilder().build(for: try #require(ExampleSettingsTests.load("northgate-uk").policy),
                                                options: BuildOptions(documents: [.handbook], formats: [.text])).files
        let handbook = String(decoding: try #require(files.first).bytes, as: UTF8.self)
        #expect(Self.britishWords(in: handbook).contains("behaviour"))
    }

    /// American spelling is for the built-in wording; what the organisation writes is its own.
    @Test func aUSOrganisationsOwnWordsKeepTheirSpelling() throws {
        let text = minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: US") + """
            complaints:
              contact: Client Liaison
              how: Our organisation answers any complaint about behaviour.

            """
        let policy = try #require(load(text).policy)
        let markdown = try DocumentFiller().markdown(for: .handbook, policy: policy)
        #expect(markdown.contains("Our organisation answers any complaint about behaviour."))
        #expect(!markdown.contains("Behaviour that is not accepted"))
        #expect(markdown.contains("Behavior that is not accepted"))
    }
}
