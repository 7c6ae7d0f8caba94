import Testing
@testable import PolicyKit

/// Block mappings, block sequences, comments, documents markers and source locations.
struct BlockStructureTests {
    let json = ParserTestSupport.json

    @Test func nestedMappingsAndSequences() {
        let text = """
        organisation:
          name: Harbour Centre
          sites:
            - Leith
            - Portobello
        languages:
        - en
        - fr
        """
        #expect(json(text) == #"{"organisation":{"name":"Harbour Centre","sites":["Leith","Portobello"]},"languages":["en","fr"]}"#)
    }

    @Test func compactMappingsAndSequencesInsideSequences() {
        #expect(json("- name: a\n  role: b\n- name: c\n") == #"[{"name":"a","role":"b"},{"name":"c"}]"#)
        #expect(json("- - x\n  - y\n- - z\n") == #"[["x","y"],["z"]]"#)
        #expect(json("- - - deep\n") == #"[[["deep"]]]"#)
    }

    @Test func emptyValuesAreNull() {
        #expect(json("a:\nb: # nothing\nc: 1\n") == #"{"a":null,"b":null,"c":1}"#)
        #expect(json("-\n- x\n-\n") == #"[null,"x",null]"#)
    }

    @Test func commentsAndBlankLinesAreIgnored() {
        let text = "# header\n\na: 1 # trailing\n  # indented comment\n\nb: x#not-a-comment\n"
        #expect(json(text) == #"{"a":1,"b":"x#not-a-comment"}"#)
    }

    @Test func documentMarkersAndEmptyStreams() throws {
        #expect(json("---\na: 1\n...\n") == #"{"a":1}"#)
        #expect(json("--- text\n") == #""text""#)
        #expect(json("---\n") == "null")
        #expect(try ParserTestSupport.parse("") == nil)
        #expect(try ParserTestSupport.parse("# only a comment\n\n") == nil)
    }

    @Test func byteOrderMarkAndCRLFLineEnds() {
        #expect(json("\u{FEFF}a: 1\r\nb:\r\n  - x\r\n") == #"{"a":1,"b":["x"]}"#)
        #expect(json("a: \"x\r\n  y\"\r\n") == #"{"a":"x y"}"#)
    }

    @Test func sequenceMayShareItsKeyIndentation() {
        #expect(json("a:\n- 1\n- 2\nb: 3\n") == #"{"a":[1,2],"b":3}"#)
    }

    @Test func nodesKnowWhereTheyWereWritten() throws {
        let root = try ParserTestSupport.parse("# c\norg:\n  name: \"Café\" # x\n  list: [a, b]\n")
        let name = try #require(ParserTestSupport.value(ParserTestSupport.value(root, "org"), "name"))
        #expect(name.range.start == SourceLocation(line: 3, column: 9, offset: 17))
        #expect(name.range.end.line == 3 && name.range.end.column == 15)
        guard case .mapping(let entries)? = ParserTestSupport.value(root, "org")?.kind else {
            Issue.record("org is not a mapping")
            return
        }
        #expect(entries[1].key.location == SourceLocation(line: 4, column: 3, offset: 31))
        #expect(ParserTestSupport.scalar(name)?.style == .doubleQuoted)
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try ParserTestSupport.parse("ключ: значение\n")
        let value = try #require(ParserTestSupport.value(root, "ключ"))
        #expect(value.location.column == 7)
        #expect(value.location.offset == 10)
    }

    @Test func flowCollectionsAcrossLines() {
        let text = """
        hours: {open: "09:00",
          close: '17:30', days: [mon, tue,
            wed]}  # spread over lines
        empty: [ ]
        nested: [[1, 2], {a: [b]}, "c", ]
        pair: [key: value, solo]
        """
        #expect(json(text) == #"{"hours":{"open":"09:00","close":"17:30","days":["mon","tue","wed"]},"empty":[],"nested":[[1,2],{"a":["b"]},"c"],"pair":[{"key":"value"},"solo"]}"#)
    }

    @Test func flowMappingEntriesWithoutValues() {
        #expect(json("{a, b: 1, \"c\":2}") == #"{"a":null,"b":1,"c":2}"#)
        #expect(json("{url: http://x.org/a}") == #"{"url":"http://x.org/a"}"#)
    }
}
