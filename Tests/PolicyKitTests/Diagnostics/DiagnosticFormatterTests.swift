import Testing
@testable import PolicyKit

@Suite struct DiagnosticFormatterTests {
    @Test func pointsACaretUnderTheColumn() {
        let source = Array("name: x\n  organsation: y\n".utf8)
        let formatter = DiagnosticFormatter(sources: ["s.yaml": source])
        let text = formatter.format(.error("unknown key", path: "s.yaml", at: SourceLocation(line: 2, column: 3, offset: 10)))
        #expect(text == "s.yaml:2:3: error: unknown key\n  organsation: y\n  ^\n")
    }

    @Test func countsWideCharactersAsTwoColumnsForTheCaret() {
        let source = Array("名前: x\n".utf8)
        let formatter = DiagnosticFormatter(sources: ["s.yaml": source])
        let text = formatter.format(.warning("w", path: "s.yaml", at: SourceLocation(line: 1, column: 3, offset: 6)))
        #expect(text == "s.yaml:1:3: warning: w\n名前: x\n    ^\n")
    }
}
