import Testing
@testable import PolicyKit

@Suite struct MarkdownEscaperTests {
    /// The text cmark reads back from `value` placed inside a paragraph.
    private func readBack(_ value: String, template: (String) -> String = { "Before \($0) after." }) -> String {
        TemplateFixtures.visibleText(of: template(MarkdownEscaper.escape(value)))
            .trimmingCharacters(in: .newlines)
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "*bold* _em_ **strong** `code`",
        "[x](javascript:alert(1))",
        "![img](http://example.org/a.png)",
        "<https://example.org>",
        "&amp; &#60; &#x3C; &copy;",
        "{{organisation.name}} {{{x}}}",
        "a | b ~~c~~ \\ back\\slash",
        "# not a heading #",
        "$x$ 50% done: yes",
    ])
    func inlineSyntaxReadsBackLiterally(_ value: String) {
        #expect(readBack(value) == "Before \(value) after.")
    }

    @Test(arguments: ["- item", "+ item", "* item", "1. item", "12) item", "> quote", "# heading", "=====", "---", "<div>"])
    func lineStartMarkersStayText(_ value: String) {
        // A value that starts a line must not start a list, quote, heading or HTML block.
        let markdown = MarkdownEscaper.escape(value) + "\n"
        #expect(TemplateFixtures.structure(of: markdown).filter { $0 != "  text" } == ["document", " paragraph"])
        #expect(TemplateFixtures.visibleText(of: markdown).trimmingCharacters(in: .newlines) == value)
    }

    @Test func lineBreaksAndControlCharactersBecomeSingleSpaces() {
        #expect(MarkdownEscaper.escape("one\ntwo\r\n\n  three\tfour\u{2028}five  \u{7}") == "one two three four five")
        #expect(MarkdownEscaper.escape("nul\u{0}and\u{1B}escape\u{7F}") == "nulandescape")
    }

    @Test(arguments: ["", " ", "\t\n", "\u{00A0}\u{2028}", "\u{0001}\u{007F}", "\u{3000}", " a ", "é", "\u{0085}-"])
    func blankMeansNothingLeftOnceNormalised(_ value: String) {
        #expect(MarkdownEscaper.printsNothing(value) == MarkdownEscaper.normalisedText(value).isEmpty)
    }

    @Test func ordinaryTextIsLeftReadable() {
        #expect(MarkdownEscaper.escape("Harbourview Community Services") == "Harbourview Community Services")
        #expect(MarkdownEscaper.escape("2.1") == "2.1")
        #expect(MarkdownEscaper.escape("988 Suicide & Crisis Lifeline") == "988 Suicide & Crisis Lifeline")
        #expect(MarkdownEscaper.escape("9-1-1") == "9-1-1")
    }

    @Test func filledValuesNeverContainMustacheDelimiters() {
        #expect(!MarkdownEscaper.escape("{{x}} }}{{").contains("{{"))
        #expect(!MarkdownEscaper.escape("{{x}} }}{{").contains("}}"))
    }

    @Test func valuesLeftAsTheyAreWouldBeEscapedToThemselves() {
        // The shortcut for plain values must agree with the full escaping on every value.
        var generator = SeededRandom(seed: 7)
        let alphabet = Array("aZ09 .,;:'\"?-+=%&#*_()[]<>!|~{}$/\\\t\né").map(String.init)
        for _ in 0..<20_000 {
            let value = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(MarkdownEscaper.escape(value) == MarkdownEscaper.escapeInFull(value), "\(value.debugDescription)")
        }
        #expect(MarkdownEscaper.escape("Harbourview Community Services") == "Harbourview Community Services")
        #expect(MarkdownEscaper.escape("2. Call 911") == "2\\. Call 911")
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

private extension Set where Element == Character {
    static var newlines: Set<Character> { ["\n"] }
}

