import Foundation
import Testing
@testable import PolicyKit

/// Each document in a language other than English reads as written in that language: its
/// letters in the language's script, and no English sentence left in it.
@Suite struct TranslatedDocumentsTests {
    /// Whether a letter belongs to the script of `language`.
    static func script(of language: Language) -> @Sendable (Unicode.Scalar) -> Bool {
        switch language.code {
        case "pa": return { LanguageMeasures.isGurmukhi($0) }
        case "ar": return { LanguageMeasures.isArabic($0) }
        case "zh-Hans": return { LanguageMeasures.isHan($0) }
        default: return { LanguageMeasures.isLatin($0) }
        }
    }

    /// Every file a policy's documents make in a language other than English, as plain text
    /// and Markdown, with the language it is in.
    static func translatedFiles(of policy: Policy) throws -> [(name: String, language: Language, text: String)] {
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.text, .markdown])).files
        return policy.languages.filter { $0.code != "en" }.flatMap { language in
            files.filter { $0.name.contains(".\(language.code).") }
                .map { ($0.name, language, String(decoding: $0.bytes, as: UTF8.self)) }
        }
    }

    /// Proper names the settings give once for every language: they are not translated.
    static func names(of policy: Policy) -> [String] {
        var names = [policy.organisation.name.description]
        names += [policy.contacts.director, policy.contacts.managerOnDuty, policy.contacts.eap, policy.contacts.security]
            .compactMap { $0?.name?.description }
        names += ["LOWLINE", "NHS", "Lifeline", "Front Street", "Nova Scotia"]
        return names
    }

    static func check(_ policy: Policy) throws {
        let files = try translatedFiles(of: policy)
        #expect(!files.isEmpty)
        for file in files {
            let inScript = script(of: file.language)
            let share = LanguageMeasures.scriptShare(file.text, names: names(of: policy), inScript: inScript)
            #expect(share >= 0.9, "\(file.name): \(Int(share * 100))% of its letters in its script")
            // English function words betray English left in a language written in Latin letters.
            if ["fr", "es", "vi"].contains(file.language.code) {
                let english = LanguageMeasures.englishFunctionWordShare(file.text)
                #expect(english < 0.03, "\(file.name): \(Int(english * 1000)) English function words per 1000")
            }
        }
    }

    /// The built-in wording alone, in every language PolicyKit has.
    @Test func theBuiltInWordingReadsInEachLanguage() throws {
        let codes = Language.all.map(\.code).joined(separator: ", ")
        let policy = try #require(load(minimalSettings + "languages: [\(codes)]\n").policy)
        #expect(policy.languages.count == Language.all.count)
        try Self.check(policy)
    }

    /// The example that lists every language, with its own wording in each.
    @Test func theExampleInEveryLanguageReadsInEachLanguage() throws {
        let policy = try #require(ExampleSettingsTests.load("harbourview-ca").policy)
        #expect(Set(policy.languages.map(\.code)).isSuperset(of: ["en", "fr", "es", "pa", "vi"]))
        try Self.check(policy)
    }

    /// A Vietnamese or Punjabi poster names its date in its own words.
    @Test func postersDateThemselvesInTheirLanguage() throws {
        let policy = try #require(ExampleSettingsTests.load("harbourview-ca").policy)
        let files = try Self.translatedFiles(of: policy)
        #expect(files.first { $0.name == "poster.vi.txt" }?.text.contains("15 tháng 1 năm 2026") == true)
        #expect(files.first { $0.name == "poster.pa.txt" }?.text.contains("15 ਜਨਵਰੀ 2026") == true)
    }

    /// Every built-in text a client document can print has Punjabi and Vietnamese wording,
    /// so a client never gets an English sentence in those languages.
    @Test func everyClientDefaultHasPunjabiAndVietnameseWording() {
        var texts: [LocalizedText] = ClientDefaults.acceptable + ClientDefaults.rights
        texts += ClientDefaults.notAccepted.flatMap { [$0.behaviour] + $0.examples }
        texts += [ClientDefaults.complaints.contact, ClientDefaults.complaints.how]
        texts += [ClientDefaults.complaints.responseTime].compactMap { $0 }
        texts += ConsequenceDefaults.ladder.flatMap { [$0.trigger, $0.response, $0.decidedBy] + [$0.duration, $0.review].compactMap { $0 } }
        texts.append(ConsequenceDefaults.review)
        texts += Jurisdiction.allCases.map(\.defaultEmergencyNumbers.crisisLineName)
        texts += [StaffDefaults.managerOnDuty.title, StaffDefaults.director.title, StaffDefaults.securityTitle, StaffDefaults.eapTitle]
        for text in texts {
            #expect(text.translations["pa"] != nil, "no Punjabi for '\(text)'")
            #expect(text.translations["vi"] != nil, "no Vietnamese for '\(text)'")
        }
        // Each table entry words a built-in English text: none is left over from a change.
        let english = Set(texts.map(\.description) + [StaffDefaults.debrief.description, StaffDefaults.visits.doublingUp.description])
        #expect(Set(BuiltInTranslations.punjabi.keys).subtracting(english) == [])
        #expect(Set(BuiltInTranslations.vietnamese.keys).subtracting(english) == [])
    }
}

/// Each language's glossary (Templates/<code>/glossary.txt) names the terms its documents
/// use: a term in the glossary that no template or built-in text of that language uses
/// means one of them drifted.
@Suite struct GlossaryTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

    /// Every language but English, each with its glossary.
    static let languages = ["fr", "es", "ar", "zh-Hans", "pa", "vi"]

    /// Every built-in text in `code`, with the language's templates.
    static func wording(in code: String) -> String {
        var texts: [LocalizedText] = ClientDefaults.acceptable + ClientDefaults.rights
        texts += ClientDefaults.notAccepted.flatMap { [$0.behaviour] + $0.examples }
        texts += [ClientDefaults.complaints.contact, ClientDefaults.complaints.how, ConsequenceDefaults.review]
        texts += ConsequenceDefaults.ladder.flatMap { [$0.trigger, $0.response, $0.decidedBy] + [$0.duration, $0.review].compactMap { $0 } }
        texts += [StaffDefaults.managerOnDuty.title, StaffDefaults.director.title, StaffDefaults.visits.doublingUp]
        texts += StaffDefaults.rights + StaffDefaults.trainingTopics + [StaffDefaults.securityTitle, StaffDefaults.eapTitle]
        texts += Jurisdiction.allCases.map(\.defaultEmergencyNumbers.crisisLineName)
        let defaults = texts.compactMap { $0.translations[code] }
        // A template's comments are notes to translators: a term counts only where a reader sees it.
        let templates = TemplateSet.builtIn.sources.filter { $0.key.hasPrefix(code + "/") }.map { $0.value.replacing(/\{\{![\s\S]*?\}\}/, with: "") }
        return (defaults + templates).joined(separator: "\n").lowercased()
    }

    /// One glossary per language, in one format: a leftover second file would drift apart.
    @Test func everyLanguageHasOneGlossaryFile() throws {
        let languages = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).filter { $0 != "en" }.sorted()
        #expect(languages == Self.languages.sorted())
        for code in languages {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.templates.appendingPathComponent(code).path)
            #expect(files.contains("glossary.txt") && !files.contains { $0.lowercased().hasPrefix("glossary") && $0 != "glossary.txt" }, "\(code): \(files)")
        }
    }

    @Test(arguments: GlossaryTests.languages)
    func everyGlossaryTermIsTheOneTheDocumentsUse(code: String) throws {
        let text = try String(contentsOf: Self.templates.appendingPathComponent("\(code)/glossary.txt"), encoding: .utf8)
        let entries = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        // Every line is a note or an `English term = term` pair, so nothing else hides in the file.
        #expect(entries.allSatisfy { $0.components(separatedBy: " = ").count == 2 }, "\(code): \(entries.filter { $0.components(separatedBy: " = ").count != 2 })")
        #expect(entries.count >= 15)
        let wording = Self.wording(in: code)
        for entry in entries where !entry.hasSuffix("[later]") {
            let term = entry.components(separatedBy: " = ")[1].trimmingCharacters(in: .whitespaces).lowercased()
            #expect(wording.contains(term), "\(code): '\(term)' is in the glossary but no \(code) document uses it")
        }
    }
}
