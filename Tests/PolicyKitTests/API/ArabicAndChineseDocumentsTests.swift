import Foundation
import Testing
@testable import PolicyKit

/// The client documents in Arabic and Simplified Chinese, as the Harbourview example and the
/// built-in wording of every jurisdiction build them: written in their own script, right to
/// left where Arabic, with every phone number isolated, and Chinese text wrapped by width.
@Suite struct ArabicAndChineseDocumentsTests {
    static let builder: DocumentBuilder = try! DocumentBuilder()
    static let lri: Unicode.Scalar = "\u{2066}", pdi: Unicode.Scalar = "\u{2069}"

    static func harbourview() throws -> (Policy, [OutputFile]) {
        let policy = try LanguageDocumentsTests.examplePolicy("harbourview-ca")
        return (policy, try builder.build(for: policy).files)
    }

    /// The built-in wording in each jurisdiction, for a policy that lists every language.
    static func builtIn(_ jurisdiction: Jurisdiction) throws -> (Policy, [OutputFile]) {
        var policy = TemplateFixtures.defaultPolicy(jurisdiction)
        policy.languages = [.english, .arabic, .simplifiedChinese]
        return (policy, try builder.build(for: policy, options: BuildOptions(documents: [.poster])).files)
    }

    static func isOwnScript(_ scalar: Unicode.Scalar, _ language: Language) -> Bool {
        switch language.code {
        case "ar": (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
            || (0x08A0...0x08FF).contains(scalar.value) || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
        default: (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0x20000...0x2FFFF).contains(scalar.value)
        }
    }

    /// The share of letters in the language's own script, once the names the organisation
    /// wrote once for all languages and the URLs are taken out; numbers are not letters.
    static func ownScriptShare(_ text: String, _ language: Language, names: [String]) -> Double {
        var text = text
        // The page's stylesheet and tags are not text a reader sees.
        text = text.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression)
        // A line-break opportunity is inside a word; other tags are between words.
        text = text.replacingOccurrences(of: "<wbr>", with: "")
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        text = WebAddress.removingAddresses(from: text)
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark }
        let own = letters.filter { isOwnScript($0, language) }
        return letters.isEmpty ? 0 : Double(own.count) / Double(letters.count)
    }

    @Test func harbourviewBuildsThePosterInArabicAndChineseButNoStaffDocument() throws {
        let names = Set(try Self.harbourview().1.map(\.name))
        for language in ["ar", "zh-Hans"] {
            for format in ["html", "txt", "md"] {
                #expect(names.contains("poster.\(language).\(format)"))
            }
            #expect(!names.contains("card.\(language).html"))
            #expect(!names.contains("handbook.\(language).html"))
        }
    }

    @Test func everyDocumentIsInItsOwnScript() throws {
        let (policy, files) = try Self.harbourview()
        let names = LanguageDocumentsTests.names(in: policy) + ["902-555-0100"]
        for language in [Language.arabic, .simplifiedChinese] {
            // The poster and the code of conduct, as HTML, text and Markdown.
            let documents = files.filter { $0.name.contains(".\(language.code).") }
            // The client documents (poster, code of conduct), three formats each.
            #expect(documents.filter { !$0.name.hasPrefix("letter-") }.count == 3 * DocumentKind.standard.filter { $0.audience == .clients && $0 != .letter }.count)
            // The consequence letters are client documents too, written in the client's script.
            #expect(documents.contains { $0.name.hasPrefix("letter-step-") })
            for file in documents {
                let share = Self.ownScriptShare(String(decoding: file.bytes, as: UTF8.self), language, names: names)
                #expect(share >= 0.9, "\(file.name): \(Int(share * 100))% of its letters are in its own script")
            }
        }
    }

    @Test(arguments: Jurisdiction.allCases)
    func theBuiltInWordingIsInItsOwnScript(jurisdiction: Jurisdiction) throws {
        let (policy, files) = try Self.builtIn(jurisdiction)
        for language in [Language.arabic, .simplifiedChinese] {
            let file = try #require(files.first { $0.name == "poster.\(language.code).txt" })
            let share = Self.ownScriptShare(String(decoding: file.bytes, as: UTF8.self), language, names: [policy.organisation.name.en])
            #expect(share >= 0.97, "\(jurisdiction) \(file.name): \(Int(share * 100))%")
        }
    }

    @Test(arguments: [("poster", "مدونة السلوك", 1), ("code-of-conduct", "مدونة سلوك المراجعين", 5)])
    func theArabicPageIsRightToLeftWithEveryPhoneNumberIsolated(document: String, title: String, numbers expected: Int) throws {
        let html = try LanguageDocumentsTests.text(try Self.harbourview().1, "\(document).ar.html")
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<title>\(title) — Harbourview Community Services</title>"))
        let scalars = Array(html.unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars))
        // Digits joined by hyphens: 9-1-1 on the poster; 2-1-1, 1-888-429-8167 and 902-555-0100 too on the handout.
        let numbers = try Regex(#"[0-9]+(-[0-9]+)+"#)
        let found = text.matches(of: numbers)
        #expect(found.count >= expected)
        for match in found {
            let before = text[..<match.range.lowerBound].unicodeScalars.last
            let after = text[match.range.upperBound...].unicodeScalars.first
            #expect(before == Self.lri && after == Self.pdi, "'\(text[match.range])' is not isolated")
        }
    }

    /// The lobby poster in Arabic and Chinese is the short one: the headline, the behaviours
    /// chosen for the poster and the emergency number, not the whole code.
    @Test func theArabicAndChinesePostersAreShortLobbyPosters() throws {
        let (policy, files) = try Self.harbourview()
        for language in [Language.arabic, .simplifiedChinese] {
            let markdown = try LanguageDocumentsTests.text(files, "poster.\(language.code).md")
            let behaviours = policy.clientExpectations.posterBehaviours.map { MarkdownEscaper.normalisedText($0.behaviour.text(in: language.code, primary: "en")) }
            #expect(!behaviours.isEmpty)
            let items = markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }
            #expect(items.count == behaviours.count, "\(language.code): \(items)")
            for behaviour in behaviours {
                #expect(markdown.contains(behaviour), "\(language.code): \(behaviour)")
            }
            #expect(markdown.contains("**\u{2066}9-1-1\u{2069}**") || markdown.contains("**9-1-1**"))
            let headline = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("# ") })
            #expect(headline.count <= 16, "\(language.code): '\(headline)'")
            // The whole code stays in the handout: no rights, no consequence ladder here.
            let english = try LanguageDocumentsTests.text(files, "poster.md")
            #expect(markdown.split(separator: "\n").count <= english.split(separator: "\n").count + 1)
        }
    }

    @Test func datesAreWordedInEachLanguage() throws {
        let files = try Self.harbourview().1
        #expect(try LanguageDocumentsTests.text(files, "poster.zh-Hans.md").contains("版本2.1，自2026年1月15日起生效"))
        #expect(try LanguageDocumentsTests.text(files, "poster.ar.md").contains("معمول به من \u{2068}15 يناير 2026\u{2069}"))
    }

    @Test func chineseLinesFitAndNeverStartWithClosingPunctuation() throws {
        let closing = Set("，。、；：？！）」』】》〉".unicodeScalars)
        for (policy, files) in try [Self.harbourview()] + Jurisdiction.allCases.map(Self.builtIn) {
            let text = try LanguageDocumentsTests.text(files, "poster.zh-Hans.txt")
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= 72, "\(policy.organisation.jurisdiction): '\(line)'")
                let first = line.drop { $0 == " " || $0 == ">" }.unicodeScalars.first
                #expect(first.map { !closing.contains($0) } ?? true, "\(policy.organisation.jurisdiction): '\(line)'")
            }
        }
    }

    @Test func everyPlainTextLineFitsSeventyTwoColumnsInEveryLanguage() throws {
        let files = try Self.harbourview().1.filter { $0.name.hasSuffix(".txt") }
        #expect(files.count >= 10)
        for file in files {
            for line in String(decoding: file.bytes, as: UTF8.self).split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= 72, "\(file.name): '\(line)'")
            }
        }
    }
}
