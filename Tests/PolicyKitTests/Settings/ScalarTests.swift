import Testing
@testable import PolicyKit

/// Plain, quoted and block scalars: the text each style produces.
struct ScalarTests {
    let json = ParserTestSupport.json

    func text(_ yaml: String) -> String? {
        ParserTestSupport.scalar(ParserTestSupport.value(try? ParserTestSupport.parse(yaml), "k"))?.text
    }

    @Test func plainScalarsFoldAcrossLines() {
        #expect(text("k: one\n  two\n\n  three\n") == "one two\nthree")
        #expect(text("k: a:b c#d -e ?f\n") == "a:b c#d -e ?f")
        #expect(text("k:   spaced out   # note\n") == "spaced out")
    }

    @Test func plainScalarsKeepTheirTextForTheSchema() {
        let scalar = ParserTestSupport.scalar(ParserTestSupport.value(try? ParserTestSupport.parse("k: no\n"), "k"))
        #expect(scalar == Scalar("no", style: .plain))
    }

    @Test func singleQuotedScalars() {
        #expect(text("k: 'it''s # here'\n") == "it's # here")
        #expect(text("k: 'one\n  two\n\n  three  '\n") == "one two\nthree  ")
        #expect(text("k: ''\n") == "")
    }

    @Test func doubleQuotedEscapes() {
        #expect(text(#"k: "\0\a\b\t\"# + "\t" + #"\n\v\f\r\e\ \"\/\\""# + "\n") == "\0\u{07}\u{08}\t\t\n\u{0B}\u{0C}\r\u{1B} \"/\\")
        #expect(text(#"k: "\N\_\L\P""# + "\n") == "\u{85}\u{A0}\u{2028}\u{2029}")
        #expect(text(#"k: "\x41\u00e9\U0001F600""# + "\n") == "Aé😀")
    }

    @Test func doubleQuotedLineFoldingAndEscapedLineBreaks() {
        #expect(text("k: \"one  \n   two\n\n   three\"\n") == "one two\nthree")
        #expect(text("k: \"joined \\\n   up\"\n") == "joined up")
        #expect(text("k: \"keeps\\t\n  x\"\n") == "keeps\t x")
    }

    @Test func literalBlockScalarsWithEveryChomping() {
        #expect(text("k: |\n  line 1\n   line 2\n\n") == "line 1\n line 2\n")
        #expect(text("k: |-\n  text\n\n") == "text")
        #expect(text("k: |+\n  text\n\n\nnext: 1\n") == "text\n\n\n")
        #expect(text("k: |\n\n  after blank\n") == "\nafter blank\n")
    }

    @Test func foldedBlockScalars() {
        #expect(text("k: >\n  one\n  two\n\n  three\n    indented\n  four\n") == "one two\nthree\n  indented\nfour\n")
        #expect(text("k: >-\n  a\n  b\n") == "a b")
        #expect(text("k: >+\n  a\n\n") == "a\n\n")
    }

    @Test func indentationIndicators() {
        #expect(text("k: |2\n    leading spaces\n  kept\n") == "  leading spaces\nkept\n")
        #expect(text("k: >1-\n  x\n") == " x")
        #expect(text("k: |+2 # comment\n  x\n") == "x\n")
    }

    @Test func blockScalarAtEndOfInputWithoutLineBreak() {
        #expect(text("k: |-\n  last") == "last")
        #expect(text("k: |\n  last\n  ") == "last\n")
        let refusal = "a block scalar that keeps its final line break ('|', '>', '|+' or '>+') must end with one: add a newline at the end of the file"
        #expect(ParserTestSupport.errors("k: |\n  last") == ["2:7: " + refusal])
        #expect(ParserTestSupport.errors("k: >+\n  last\n  ") == ["3:3: " + refusal])
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() {
        #expect(json("- '1'\n- \"true\"\n- |\n  null\n- 1\n- true\n- ~\n") == #"["1","true","null\n",1,true,null]"#)
    }
}
