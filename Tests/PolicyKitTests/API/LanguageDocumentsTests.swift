import Foundation
import Testing
@testable import PolicyKit

/// Documents in French and Spanish: built for every language a policy lists, marked with
/// their language, and free of English apart from the names the organisation gives.
@Suite struct LanguageDocumentsTests {
    static let exampleNames = ExampleDocumentsTests.names
    static let builder: DocumentBuilder = try! DocumentBuilder()

    static func examplePolicy(_ name: String) throws -> Policy {
        let path = ExampleDocumentsTests.examples.appendingPathComponent("\(name)/settings.yaml").path
        let result = SettingsLoader.loadFile(atPath: path, today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return try #require(result.policy)
    }

    static func text(_ files: [OutputFile], _ name: String) throws -> String {
        let file = try #require(files.first { $0.name == name }, "no \(name)")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// Words that mark a sentence as English; none is a French or Spanish word.
    static let englishWords: Set<String> = ["the", "and", "you", "your", "with", "we", "our", "is", "are", "to", "of", "for", "this", "that", "will", "if", "not", "be", "by", "at", "from", "who", "what", "when"]

    /// The words of `text` that look English, once every name the organisation wrote
    /// once for all languages (its name, address, people's names) is taken out.
    static func englishWordsIn(_ text: String, names: [String]) -> [String] {
        var text = text
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return words.filter { englishWords.contains($0) }
    }

    /// What the organisation wrote once for every language, as documents print it.
    static func names(in policy: Policy) -> [String] {
        let contacts = [policy.contacts.managerOnDuty, policy.contacts.director] + [policy.contacts.security, policy.contacts.eap].compactMap { $0 } + policy.contacts.other
        return [policy.organisation.name.en, policy.organisation.address ?? "", policy.organisation.website ?? ""]
            + contacts.compactMap(\.name)
    }

    @Test(arguments: exampleNames)
    func everyExampleBuildsItsClientDocumentsInEachOfItsLanguages(example: String) throws {
        let policy = try Self.examplePolicy(example)
        #expect(policy.primaryLanguage == .english && policy.languages.contains(.spanish))
        let names = Set(try Self.builder.build(for: policy).files.map(\.name))
        for language in policy.languages {
            let suffix = language == policy.primaryLanguage ? "" : ".\(language.code)"
            // The client documents in every language; the card, a staff document, in those that have it.
            let documents = ["poster", "code-of-conduct"] + (["en", "fr", "es"].contains(language.code) ? ["card"] : [])
            for document in documents {
                for format in ["html", "txt", "md"] {
                    #expect(names.contains("\(document)\(suffix).\(format)"), "\(example): no \(document)\(suffix).\(format)")
                }
            }
        }
        #expect(!names.contains("card.pa.html") && !names.contains("card.vi.html"))
        // The staff documents exist in French and Spanish too.
        #expect(names.contains("handbook.html"))
        if policy.languages.contains(.french) { #expect(names.contains("handbook.fr.html")) }
        #expect(names.contains("checklist.es.txt"))
    }

    @Test(arguments: exampleNames)
    func pagesCarryTheirLanguageAndDirection(example: String) throws {
        let policy = try Self.examplePolicy(example)
        let files = try Self.builder.build(for: policy).files
        #expect(try Self.text(files, "poster.html").contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(try Self.text(files, "card.es.html").contains("<html lang=\"es\" dir=\"ltr\">"))
        #expect(try Self.text(files, "card.es.html").contains("<title>Guía rápida — "))
        if policy.languages.contains(.french) {
            #expect(try Self.text(files, "poster.fr.html").contains("<html lang=\"fr\" dir=\"ltr\">"))
            #expect(try Self.text(files, "poster.fr.html").contains("<title>Code de conduite — "))
        }
        if policy.languages.contains(.vietnamese) {
            #expect(try Self.text(files, "poster.vi.html").contains("<html lang=\"vi\" dir=\"ltr\">"))
            #expect(try Self.text(files, "poster.pa.html").contains("<title>ਵਿਹਾਰ ਦੇ ਨਿਯਮ — "))
        }
    }

    @Test(arguments: exampleNames)
    func noEnglishSentenceIsLeftInFrenchOrSpanishDocuments(example: String) throws {
        let policy = try Self.examplePolicy(example)
        let files = try Self.builder.build(for: policy).files
        let names = Self.names(in: policy)
        for document in ["poster", "card"] {
            let english = try Self.text(files, "\(document).txt")
            // Every phrase of the English document of three words or more (numbers are not words), names aside.
            let phrases = english.split { ".:;!?\n()".contains($0) }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { phrase in
                    phrase.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= 3
                        && !names.contains { !$0.isEmpty && phrase.contains($0) }
                }
            // The poster is a few short lines; the card a page of them.
            #expect(phrases.count > (document == "poster" ? 2 : 20), "\(document): \(phrases)")
            for language in ["fr", "es"] where policy.languages.contains(where: { $0.code == language }) {
                let translated = try Self.text(files, "\(document).\(language).txt")
                for phrase in phrases {
                    #expect(!translated.contains(phrase), "\(example) \(document).\(language).txt still says '\(phrase)'")
                }
                let leftovers = Self.englishWordsIn(translated, names: names)
                #expect(leftovers.isEmpty, "\(example) \(document).\(language).txt has English words: \(leftovers)")
            }
        }
    }

    @Test(arguments: Jurisdiction.allCases)
    func theBuiltInWordingHasNoEnglishInFrenchOrSpanish(jurisdiction: Jurisdiction) throws {
        var policy = TemplateFixtures.defaultPolicy(jurisdiction)
        policy.languages = [.english, .french, .spanish]
        let files = try Self.builder.build(for: policy, options: BuildOptions(documents: [.poster, .card], formats: [.text])).files
        let defaults = ClientDefaults.acceptable + ClientDefaults.rights + ClientDefaults.notAccepted.flatMap { [$0.behaviour] + $0.examples }
            + ConsequenceDefaults.ladder.map(\.response) + [ConsequenceDefaults.review, ClientDefaults.complaints.how, jurisdiction.defaultEmergencyNumbers.crisisLineName]
        for name in ["poster.fr.txt", "poster.es.txt", "card.fr.txt", "card.es.txt"] {
            let text = try Self.text(files, name)
            // Wrapping breaks lines anywhere, so compare with the words run together.
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for english in defaults.map(\.en) where english != "Lifeline" && !english.hasPrefix("NHS 111") {
                #expect(!flat.contains(english), "\(name) has the English '\(english)'")
            }
            let leftovers = Self.englishWordsIn(text, names: [policy.organisation.name.en])
            #expect(leftovers.isEmpty, "\(jurisdiction) \(name): \(leftovers)")
        }
    }

    @Test func datesPrintInTheDocumentsLanguage() throws {
        let files = try Self.builder.build(for: try Self.examplePolicy("harbourview-ca"), options: BuildOptions(documents: [.poster, .card], formats: [.markdown])).files
        #expect(try Self.text(files, "poster.md").contains("15 January 2026"))
        #expect(try Self.text(files, "poster.fr.md").contains("Version 2.1, en vigueur dès le 15 janvier 2026"))
        #expect(try Self.text(files, "poster.es.md").contains("Versión 2.1, vigente desde el 15 de enero de 2026"))
        #expect(try Self.text(files, "card.fr.md").contains("Version 2.1, en vigueur dès le 15 janvier 2026."))
    }

    @Test func textMissingInALanguageFallsBackToThePrimaryLanguage() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.languages = [.english, .french]
        policy.clientExpectations.notAccepted.insert(NotAcceptedBehaviour(behaviour: LocalizedText(["en": "Smoking indoors"])), at: 0)
        policy.contacts.managerOnDuty.title = LocalizedText(["en": "Shift lead", "fr": "Chef d'équipe"])
        let filler = try DocumentFiller()
        let french = try filler.markdown(for: .poster, policy: policy, language: .french)
        #expect(french.contains("- Smoking indoors\n"))
        #expect(try filler.markdown(for: .card, policy: policy, language: .french).contains("Chef d'équipe"))
    }

    @Test func thePrimaryLanguagesFilesAreUnsuffixed() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.languages = [.spanish, .english]
        let names = try Self.builder.build(for: policy, options: BuildOptions(formats: [.html])).files.map(\.name)
        #expect(names == [
            "poster.html", "code-of-conduct.html", "handbook.html", "card.html", "checklist.html", "incident-report.html", "acknowledgement.html",
            "letter-step-2.html", "letter-step-3.html", "letter-step-4.html",
            "poster.en.html", "code-of-conduct.en.html", "handbook.en.html",
            "card.en.html", "checklist.en.html", "incident-report.en.html", "acknowledgement.en.html",
            "letter-step-2.en.html", "letter-step-3.en.html", "letter-step-4.en.html",
        ])
    }

    @Test func onlyDocumentsWithNoTemplateInAnyLanguageAreAnError() throws {
        var policy = TemplateFixtures.defaultPolicy()
        policy.languages = [.arabic]
        // Arabic has no staff documents: a full build gives the client documents only.
        #expect(try Self.builder.build(for: policy, options: BuildOptions(formats: [.html])).files.map(\.name) == ["poster.html", "code-of-conduct.html", "letter-step-2.html", "letter-step-3.html", "letter-step-4.html"])
        #expect {
            try Self.builder.build(for: policy, options: BuildOptions(documents: [.handbook])).files
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message == "there is no staff safety handbook template in Arabic; add a language that has one, such as en, to 'languages'"
        }
    }

    @Test func plainTextWrapsAccentedLinesByDisplayWidth() throws {
        let files = try Self.builder.build(for: try Self.examplePolicy("harbourview-ca"), options: BuildOptions(documents: [.card], formats: [.text])).files
        let lines = try Self.text(files, "card.fr.txt").split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 72 })
        // Accented letters take two bytes but one column, so some lines are longer in bytes.
        #expect(lines.contains { $0.utf8.count > 72 && DisplayWidth.of($0) <= 72 })
    }
}
