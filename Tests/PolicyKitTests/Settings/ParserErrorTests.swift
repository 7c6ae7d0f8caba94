import Testing
@testable import PolicyKit

/// Everything outside the settings subset, and everything that is not YAML, is
/// refused with a message naming the problem at its exact place.
struct ParserErrorTests {
    func errors(_ text: String) -> [String] { ParserTestSupport.errors(text) }
    func errors(bytes: [UInt8]) -> [String] { ParserTestSupport.errors(bytes: bytes) }

    // MARK: Unsupported YAML features

    @Test func anchorsAndAliases() {
        #expect(errors("base: &b x\ncopy: *b\n") == [
            "1:7: anchors ('&b') are not supported; repeat the value instead",
            "2:7: aliases ('*b') are not supported; repeat the value instead",
        ])
    }

    @Test func tags() {
        #expect(errors("a: !!str 1\nb: !local x\n") == [
            "1:4: tags ('!!str') are not supported; write the value without a tag",
            "2:4: tags ('!local') are not supported; write the value without a tag",
        ])
    }

    @Test func directives() {
        #expect(errors("%YAML 1.2\n---\na: 1\n") == ["1:1: directives ('%YAML', '%TAG') are not supported"])
    }

    @Test func complexKeys() {
        #expect(errors("? a\n: b\n") == ["1:1: complex mapping keys ('?') are not supported; write 'key: value'"])
        #expect(errors("{? a: b}") == ["1:2: complex mapping keys ('?') are not supported; write 'key: value'"])
    }

    @Test func secondDocuments() {
        #expect(errors("a: 1\n---\nb: 2\n") == ["2:1: a second document ('---') is not supported; a settings file holds one document"])
        #expect(errors("a: 1\n...\nb: 2\n") == ["3:1: a second document is not supported; a settings file holds one document"])
    }

    @Test func nonScalarKeys() {
        #expect(errors("[a, b]: c\n") == ["1:1: a sequence or mapping cannot be a mapping key; keys must be scalars"])
        #expect(errors("{[a]: b}") == ["1:2: a sequence or mapping cannot be a mapping key; keys must be scalars"])
    }

    // MARK: Structure

    @Test func tabsInIndentation() {
        #expect(errors("a:\n\tb: 1\n") == ["2:1: tab characters must not be used for indentation; use spaces"])
        #expect(errors("a:\n  \t- x\n") == ["2:3: tab characters must not be used for indentation; use spaces"])
        // A tab after the indentation, before a scalar, is only separation.
        #expect(errors("a:\n  \tvalue\n") == [])
    }

    @Test func duplicateKeys() {
        #expect(errors("a: 1\nb: 2\na: 3\n") == ["3:1: duplicate key 'a' (first defined at line 1)"])
        #expect(errors("x: {k: 1, \"k\": 2}\n") == ["1:11: duplicate key 'k' (first defined at line 1)"])
        #expect(errors("0x10: a\n16: b\n") == ["2:1: duplicate key '16' (first defined at line 1)"])
    }

    /// A mapping of many keys finds its duplicates as a small one does.
    @Test func duplicateKeysInLargeMappings() {
        let keys = (0..<40).map { "a_rather_long_key_number_\($0): \($0)\n" }.joined()
        #expect(errors(keys) == [])
        #expect(errors(keys + "a_rather_long_key_number_7: again\n")
            == ["41:1: duplicate key 'a_rather_long_key_number_7' (first defined at line 8)"])
        #expect(errors(keys + "\"a_rather_long_key_number_39\": again\n")
            == ["41:1: duplicate key 'a_rather_long_key_number_39' (first defined at line 40)"])
        // Keys that differ only in their last character are different keys.
        #expect(errors(keys + "a_rather_long_key_number_7x: 1\na_rather_long_key_number_7y: 2\n") == [])
        let numbers = (0..<30).map { "\($0 + 100): x\n" }.joined()
        #expect(errors(numbers + "0x64: y\n") == ["31:1: duplicate key '0x64' (first defined at line 1)"])
        let flow = "{" + (0..<30).map { "k\($0): \($0)" }.joined(separator: ", ") + ", k29: again}\n"
        #expect(errors(flow) == ["1:252: duplicate key 'k29' (first defined at line 1)"])
    }

    /// Keys beyond ASCII are the same key when they are the same text, however its
    /// characters are composed, in small and large mappings alike.
    @Test func duplicateKeysBeyondASCII() {
        #expect(errors("caf\u{E9}: 1\ncafe\u{301}: 2\n") == ["2:1: duplicate key 'cafe\u{301}' (first defined at line 1)"])
        let keys = (0..<20).map { "key\($0): \($0)\n" }.joined()
        #expect(errors(keys + "caf\u{E9}: 1\ncafe\u{301}: 2\n")
            == ["22:1: duplicate key 'cafe\u{301}' (first defined at line 21)"])
        #expect(errors(keys + "r\u{E8}gle: 1\nkey3: 2\n") == ["22:1: duplicate key 'key3' (first defined at line 4)"])
        // The Kelvin sign is canonically the letter K.
        #expect(errors(keys + "K: 1\n\u{212A}: 2\n") == ["22:1: duplicate key '\u{212A}' (first defined at line 21)"])
    }

    @Test func badIndentation() {
        #expect(errors("a:\n  b: [1]\n   c: 2\n") == ["3:4: unexpected indentation: this line is indented more than the mapping's keys (column 3)"])
        #expect(errors("  a: 1\nb: 2\n") == ["2:1: unexpected 'b'; check the indentation of this line"])
        #expect(errors("key: [a,\nb]\n") == ["2:1: this line of a flow collection must be indented more than its parent (column 1)"])
    }

    @Test func keysWithoutQuestionMarkAreAtMost1024Characters() {
        let long = String(repeating: "k", count: 1025)
        #expect(errors(long + ": v\n") == ["1:1: a mapping key may be at most 1024 characters long"])
        #expect(errors("[" + long + ": v]") == ["1:2: a mapping key may be at most 1024 characters long"])
        #expect(errors(String(repeating: "é", count: 1024) + ": v\n") == [])
    }

    @Test func mappingsCannotStartOnTheirKeysLine() {
        // A more indented line continues a plain value, so its ': ' comes too late.
        #expect(errors("a:\n  b: 1\n   c: 2\n") == ["3:5: unexpected ':'; a mapping key must fit on one line and a nested mapping must start on a new line"])
        // On the key's own line, the second ': ' is taken for text that needs quotes.
        #expect(errors("a: b: c\n") == ["1:5: a ':' followed by a space cannot be part of unquoted text; put the whole text in double quotes: \"b: c\""])
        #expect(errors("a: - b\n") == ["1:4: a block sequence cannot start on the same line as its key; start it on a new line"])
    }

    @Test func unterminatedQuotesAndCollections() {
        #expect(errors("a: \"open\n") == ["1:4: unterminated double-quoted string: missing '\"'"])
        #expect(errors("a: 'open\n") == ["1:4: unterminated single-quoted string: missing \"'\""])
        #expect(errors("a: [1, 2\n") == ["1:4: unterminated flow sequence: missing ']'"])
        #expect(errors("a: {b: 1\n") == ["1:4: unterminated flow mapping: missing '}'"])
    }

    @Test func badEscapes() {
        #expect(errors(#"a: "\q""#) == [#"1:5: unknown escape sequence '\q'"#])
        #expect(errors(#"a: "\x4""#) == [#"1:5: invalid escape: '\x' needs 2 hexadecimal digits"#])
        #expect(errors(#"a: "\uD800""#) == ["1:5: invalid escape: U+D800 is not a Unicode scalar value"])
    }

    @Test func badBlockScalarHeaders() {
        #expect(errors("a: |0\n  x\n") == ["1:5: a block scalar's indentation indicator must be 1 to 9"])
        #expect(errors("a: |x\n") == ["1:5: invalid block scalar header: expected '-', '+', a digit 1 to 9, a comment or the line end, found 'x'"])
        #expect(errors("a: |\n  \n    x\n") == []) // a short leading empty line is fine
        #expect(errors("a: |\n      \n    x\n") == ["2:1: this leading empty line of a block scalar has more spaces (6) than its first text line (4, line 3)"])
    }

    @Test func commentsNeedASpaceBefore() {
        #expect(errors("a: \"x\"# c\n") == ["1:7: a comment needs a space before '#'"])
    }

    @Test func reservedAndIndicatorCharacters() {
        #expect(errors("a: @x\n") == ["1:4: '@' is reserved and cannot start a plain value; quote the value"])
        #expect(errors("a: %x\n") == ["1:4: '%' cannot start a plain value (directives are not supported); quote the value"])
        #expect(errors("a: [- x]\n") == ["1:5: block sequence items ('- ') are not allowed inside a flow collection"])
    }

    // MARK: Bytes

    @Test func invalidUTF8AndControlCharacters() {
        #expect(errors(bytes: Array("a: ".utf8) + [0xC3, 0x28] + [0x0A]) == ["1:4: the file is saved as Latin-1 (ISO-8859-1), not UTF-8 (here: 'Ã'); save it as UTF-8: in your editor choose Save As (or Save with Encoding) and pick UTF-8"])
        #expect(errors(bytes: Array("a: b\n".utf8) + [0x00]) == ["2:1: NUL byte (U+0000) is not allowed in a settings file"])
        #expect(errors("a: \u{7}") == ["1:4: control character U+0007 is not allowed in a settings file"])
        #expect(errors("a: b\rc: d\n") == ["1:5: a carriage return must be followed by a line feed (use LF or CRLF line ends)"])
        #expect(errors("a: b\u{FEFF}") == ["1:5: a byte order mark (U+FEFF) is only allowed at the very start of the file"])
        #expect(errors(bytes: [0xED, 0xA0, 0x80]) == ["1:1: the file is saved as Windows-1252, not UTF-8 (here: 'í'); save it as UTF-8: in your editor choose Save As (or Save with Encoding) and pick UTF-8"])
    }

    @Test func controlCharactersNextToLineFeedsAreFound() {
        // A control character just after a line feed, or among several, is still found.
        #expect(errors("a: b\n\u{0B}c: d\n") == ["2:1: control character U+000B is not allowed in a settings file"])
        #expect(errors("a: 1\n\n\n\u{0B}\n\n\nb: 2\n") == ["4:1: control character U+000B is not allowed in a settings file"])
        #expect(errors("abcdefg\n\u{1F}bcdefgh: 1\n") == ["2:1: control character U+001F is not allowed in a settings file"])
        #expect(errors("a: b\n\u{0}\n") == ["2:1: NUL byte (U+0000) is not allowed in a settings file"])
        #expect(errors("a: b\n\u{7F}c\n") == ["2:1: control character U+007F is not allowed in a settings file"])
        #expect(errors("k: v\nx\n\rz: 1\n") == ["3:1: a carriage return must be followed by a line feed (use LF or CRLF line ends)"])
    }

    // MARK: Limits and several errors

    @Test func oversizedInput() {
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: SettingsParser.maximumSize + 1)
        #expect(errors(bytes: bytes) == ["1:1: the file is larger than 67108864 bytes, the most a settings file may hold"])
    }

    @Test func severalErrorsAreReportedTogether() {
        let text = "a: &x 1\nb: !t 2\na: 3\nc: *x\n"
        #expect(errors(text) == [
            "1:4: anchors ('&x') are not supported; repeat the value instead",
            "2:4: tags ('!t') are not supported; write the value without a tag",
            "3:1: duplicate key 'a' (first defined at line 1)",
            "4:4: aliases ('*x') are not supported; repeat the value instead",
        ])
        let many = (0..<50).map { "k\($0): *a\($0)\n" }.joined()
        #expect(errors(many).count == SettingsParser.maximumErrors - 1)
    }

    @Test func diagnosticsNameTheFile() throws {
        do {
            _ = try SettingsParser.parse(Array("a: *x\n".utf8), path: "org/settings.yaml")
            Issue.record("parsed an alias")
        } catch {
            #expect(error.diagnostics.first?.path == "org/settings.yaml")
            let formatted = DiagnosticFormatter(sources: ["org/settings.yaml": Array("a: *x\n".utf8)]).format(error.diagnostics)
            #expect(formatted == "org/settings.yaml:1:4: error: aliases ('*x') are not supported; repeat the value instead\na: *x\n   ^\n")
        }
    }
}
