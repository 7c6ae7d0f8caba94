import Testing
@testable import PolicyKit

/// The starter file is written by YAMLText; whatever text goes in must read back unchanged.
@Suite struct YAMLTextTests {
    @Test(arguments: [
        "plain words", "yes", "No", "null", "~", "true", "1.0", "2.10", "000", "9-1-1", "0x1F", "1e3", ".5",
        "- dash", "a: b", "#hash", "a #b", "ends with colon:", " leading", "trailing ", "quote \" inside",
        "back\\slash", "tab\there", "new\nline", "@at", "%percent", "[list]", "{map}", "*star", "&amp", "!bang",
        "|", ">", "'apostrophe", "`tick", "?question", "don't", "Élodie’s café", "13 11 14",
    ])
    func writtenTextReadsBackUnchanged(text: String) throws {
        let source = "key: \(YAMLText.scalar(text))\n"
        let node = try #require(try SettingsParser.parse(Array(source.utf8), path: "t.yaml"))
        guard case .mapping(let entries) = node.kind, case .scalar(let scalar) = entries.first?.value.kind else {
            Issue.record("not a one-key mapping: \(source)")
            return
        }
        #expect(scalar.text == text, "written as: \(source)")
        // Other YAML tools must read it as text too, not as null, a boolean or a number.
        #expect(CoreSchema.resolve(scalar) == .string(text), "written as: \(source)")
    }

    @Test func plainTextStaysUnquoted() {
        #expect(YAMLText.scalar("Manager on duty") == "Manager on duty")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
    }
}
