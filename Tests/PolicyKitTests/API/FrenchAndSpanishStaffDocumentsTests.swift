import Foundation
import Testing
@testable import PolicyKit

/// The staff documents in French and Spanish: the handbook, the card and the three forms,
/// built for every example that lists the language, written in that language, and the
/// same forms as the English ones, with the same boxes, rows and lines to fill in.
@Suite struct FrenchAndSpanishStaffDocumentsTests {
    /// The examples that list both French and Spanish (the US one lists Spanish only).
    static let frenchAndSpanishExamples = LanguageDocumentsTests.exampleNames.filter { name in
        guard let policy = ExampleSettingsTests.load(name).policy else { return true }
        return policy.languages.contains(.french) && policy.languages.contains(.spanish)
    }

    static let staffDocuments: [DocumentKind] = [.handbook, .card, .checklist, .incidentReport, .acknowledgement]

    static func build(_ example: String, paper: PaperSize = .a4) throws -> (Policy, BuildOutput) {
        let policy = try LanguageDocumentsTests.examplePolicy(example)
        let output = try LanguageDocumentsTests.builder.build(for: policy, options: BuildOptions(documents: staffDocuments, paper: paper))
        return (policy, output)
    }

    /// The share of letters in the Latin script, once URLs are taken out.
    static func latinShare(_ text: String) -> Double {
        let text = text.replacingOccurrences(of: #"https?://\S+"#, with: " ", options: .regularExpression)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark }
        let latin = letters.filter { (0x41...0x24F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value) }
        return letters.isEmpty ? 0 : Double(latin.count) / Double(letters.count)
    }

    @Test(arguments: Self.frenchAndSpanishExamples)
    func everyStaffDocumentIsBuiltInFrenchAndSpanish(example: String) throws {
        let (policy, output) = try Self.build(example)
        #expect(policy.languages.contains(.french) && policy.languages.contains(.spanish))
        let names = Set(output.files.map(\.name))
        for kind in Self.staffDocuments {
            for language in ["fr", "es"] {
                for format in ["html", "txt", "md"] {
                    #expect(names.contains("\(kind.rawValue).\(language).\(format)"), "\(example): no \(kind.rawValue).\(language).\(format)")
                }
                let html = try LanguageDocumentsTests.text(output.files, "\(kind.rawValue).\(language).html")
                #expect(html.contains("<html lang=\"\(language)\" dir=\"ltr\">"))
                let title = kind.displayName(in: Language(code: language)!)
                #expect(title != kind.displayName)
                #expect(html.contains("<title>\(HTMLEscaping.escape(title)) — "), "\(example) \(kind.rawValue).\(language)")
            }
        }
    }

    @Test(arguments: Self.frenchAndSpanishExamples)
    func staffDocumentsAreWrittenInTheirOwnLanguage(example: String) throws {
        let (policy, output) = try Self.build(example)
        let names = LanguageDocumentsTests.names(in: policy) + [policy.metadata.approvedBy ?? ""]
        for kind in Self.staffDocuments {
            let english = try LanguageDocumentsTests.text(output.files, "\(kind.rawValue).txt")
            // Every phrase of the English document of three words or more, names aside.
            let phrases = english.split { ".:;!?\n()".contains($0) }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { phrase in
                    phrase.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= 3
                        && !names.contains { !$0.isEmpty && phrase.contains($0) }
                }
            #expect(phrases.count > 5, "\(kind.rawValue): \(phrases)")
            for language in ["fr", "es"] {
                let name = "\(kind.rawValue).\(language).txt"
                let text = try LanguageDocumentsTests.text(output.files, name)
                let share = Self.latinShare(text)
                #expect(share >= 0.9, "\(example) \(name): \(Int(share * 100))% Latin letters")
                let words = text.split { !$0.isLetter }.count
                let leftovers = LanguageDocumentsTests.englishWordsIn(text, names: names)
                #expect(Double(leftovers.count) < 0.03 * Double(words), "\(example) \(name): \(leftovers.count) of \(words) words are English: \(leftovers)")
                for phrase in phrases {
                    #expect(!text.contains(phrase), "\(example) \(name) still says '\(phrase)'")
                }
            }
        }
    }

    /// The translated forms have every box, row and line the English ones have.
    @Test(arguments: Self.frenchAndSpanishExamples)
    func theFormsHaveTheSameBoxesRowsAndLinesInEveryLanguage(example: String) throws {
        let (_, output) = try Self.build(example)
        func count(_ html: String, _ piece: String) -> Int { html.components(separatedBy: piece).count - 1 }
        for kind in [DocumentKind.checklist, .incidentReport, .acknowledgement] {
            let english = try LanguageDocumentsTests.text(output.files, "\(kind.rawValue).html")
            for language in ["fr", "es"] {
                let html = try LanguageDocumentsTests.text(output.files, "\(kind.rawValue).\(language).html")
                for piece in ["<span class=\"form-box\">☐</span>", "<tr", "<div class=\"form-rule\"></div>", "<th scope=\"row\">", "<h2"] {
                    #expect(count(html, piece) == count(english, piece), "\(example) \(kind.rawValue).\(language): \(count(html, piece)) of '\(piece)', English has \(count(english, piece))")
                }
            }
        }
    }

    @Test(arguments: Self.frenchAndSpanishExamples)
    func theIncidentReportTicksEachBehaviourAndStepInItsLanguage(example: String) throws {
        let (policy, output) = try Self.build(example)
        for language in [Language.french, .spanish] {
            let text = try LanguageDocumentsTests.text(output.files, "incident-report.\(language.code).txt")
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for behaviour in policy.clientExpectations.notAccepted {
                let name = MarkdownEscaper.normalisedText(behaviour.behaviour.text(in: language.code, primary: "en"))
                #expect(flat.contains("☐ " + name), "\(example) \(language.code): \(name)")
            }
            for step in policy.consequences.ladder {
                let response = MarkdownEscaper.normalisedText(step.response.text(in: language.code, primary: "en"))
                let words = response.split(separator: " ").prefix(2).joined(separator: " ")
                #expect(flat.contains(words), "\(example) \(language.code): \(response)")
            }
            let deadline = language.counted(policy.reporting.incidentReportHours, .hour)
            #expect(flat.contains(deadline), "\(example) \(language.code): \(deadline)")
        }
        let french = try LanguageDocumentsTests.text(output.files, "incident-report.fr.txt")
        #expect(french.contains("La police a-t-elle été appelée ? ☐ Oui  ☐ Non\nNuméro du rapport de police ____"))
        let spanish = try LanguageDocumentsTests.text(output.files, "incident-report.es.txt")
        #expect(spanish.contains("¿Se llamó a la policía? ☐ Sí  ☐ No  Número del informe policial ____") || spanish.contains("¿Se llamó a la policía? ☐ Sí  ☐ No\nNúmero del informe policial ____"))
    }

    @Test func theAcknowledgementNamesTheHandbookVersionAndDateInEachLanguage() throws {
        let (_, output) = try Self.build("harbourview-ca")
        let french = try LanguageDocumentsTests.text(output.files, "acknowledgement.fr.txt").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(french.contains("je confirme avoir lu et compris le Guide de sécurité du personnel, version 2.1, en vigueur dès le 15 janvier 2026."))
        let spanish = try LanguageDocumentsTests.text(output.files, "acknowledgement.es.txt").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(spanish.contains("confirmo que he leído y entendido el Manual de seguridad del personal, versión 2.1, vigente desde el 15 de enero de 2026."))
        let checklist = try LanguageDocumentsTests.text(output.files, "checklist.es.txt").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(checklist.contains("a más tardar el 15 de enero de 2027"))
    }

    @Test func theBuiltInStaffWordingIsTranslated() throws {
        for language in ["fr", "es"] {
            for text in StaffDefaults.rights + StaffDefaults.trainingTopics {
                let translated = text.text(in: language, primary: "en")
                #expect(translated != text.text(in: "en", primary: "en"), "\(language): \(translated)")
                #expect(LanguageDocumentsTests.englishWordsIn(translated, names: []).isEmpty, "\(language): \(translated)")
            }
        }
    }
}
