import Testing
@testable import PolicyKit

/// In a right-to-left document the filler isolates the values that read left to right,
/// so "1-888-429-8167" is not shown reversed after an Arabic word; left-to-right documents
/// are filled exactly as before.
@Suite struct BidiIsolationTests {
    static let lri = "\u{2066}", fsi = "\u{2068}", pdi = "\u{2069}"

    static func policy() -> Policy {
        var policy = TemplateFixtures.defaultPolicy()
        policy.languages = [.english, .arabic, .simplifiedChinese]
        policy.organisation.phone = "902-555-0100"
        policy.organisation.website = "https://harbourview.example.org"
        policy.emergency.otherNumbers = [NamedNumber(name: LocalizedText(["en": "Crisis line (NS)", "ar": "خط الأزمات"]), number: "1-888-429-8167")]
        return policy
    }

    @Test func numbersAddressesVersionsAndDatesAreIsolatedInArabic() throws {
        let arabic = try DocumentFiller().markdown(for: .codeOfConduct, policy: Self.policy(), language: .arabic)
        #expect(arabic.contains("الشرطة أو الإطفاء أو الإسعاف: **\(Self.lri)9-1-1\(Self.pdi)**"))
        #expect(arabic.contains("خط الأزمات: **\(Self.lri)1-888-429-8167\(Self.pdi)**"))
        #expect(arabic.contains("الإصدار \(Self.lri)2.1\(Self.pdi)، معمول به من \(Self.fsi)15 يناير 2026\(Self.pdi)"))
        #expect(arabic.contains("· \(Self.lri)902-555-0100\(Self.pdi) · \(Self.lri)https://harbourview.example.org\(Self.pdi)"))
    }

    @Test func leftToRightDocumentsCarryNoIsolates() throws {
        let filler = try DocumentFiller()
        for language in [Language.english, .simplifiedChinese] {
            let markdown = try filler.markdown(for: .poster, policy: Self.policy(), language: language)
            #expect(!markdown.unicodeScalars.contains { BidiIsolation.layoutScalars.contains($0) }, "\(language.code)")
        }
    }

    @Test func aValueLeftOutStaysLeftOut() throws {
        var policy = Self.policy()
        policy.organisation.phone = nil
        policy.organisation.website = nil
        let arabic = try DocumentFiller().markdown(for: .poster, policy: policy, language: .arabic)
        // The footer's optional parts are skipped, not filled with an empty isolate.
        #expect(arabic.hasSuffix("\(Self.fsi)15 يناير 2026\(Self.pdi)\n"))
    }

    @Test func theIsolatesSurviveIntoHTMLAndPlainText() throws {
        let markdown = try DocumentFiller().markdown(for: .codeOfConduct, policy: Self.policy(), language: .arabic)
        let html = MarkdownRenderer.html(fromMarkdown: markdown)
        #expect(html.contains("<strong>\(Self.lri)9-1-1\(Self.pdi)</strong>"))
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: 72)
        #expect(text.contains("\(Self.lri)1-888-429-8167\(Self.pdi)"))
    }
}
