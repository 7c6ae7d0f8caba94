import Foundation
import Testing
@testable import PolicyKit

/// Whatever bytes arrive as a settings file, loading ends in a policy or in errors that
/// point inside the file: never a crash, a hang or a silent misreading.
@Suite struct HostileSettingsTests {
    private func errors(_ bytes: [UInt8]) -> [Diagnostic] {
        let result = SettingsLoader.load(bytes, path: "settings.yaml", today: testToday)
        for diagnostic in result.diagnostics {
            if let location = diagnostic.location {
                #expect(location.line >= 1 && location.column >= 1 && location.offset <= bytes.count)
            }
        }
        return result.errors
    }

    private func firstError(_ text: String) -> String? {
        errors(Array(text.utf8)).first.map { "\($0.location?.description ?? "-"): \($0.message)" }
    }

    @Test func binaryJunkGivesLocatedErrors() {
        var generator = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(!errors(bytes).isEmpty)
        }
    }

    @Test func invalidUTF8AndNULArePointedAt() {
        let bytes = Array("organisation:\n  name: caf".utf8) + [0xE9] + Array("\n  phone: 1\u{0}2\n".utf8)
        let found = errors(bytes).map { "\($0.location?.description ?? "-"): \($0.message)" }
        #expect(found == [
            "2:12: the file is saved as Latin-1 (ISO-8859-1), not UTF-8 (here: 'é'); save it as UTF-8: in your editor choose Save As (or Save with Encoding) and pick UTF-8",
            "3:11: NUL byte (U+0000) is not allowed in a settings file",
        ])
    }

    @Test func aHundredThousandLevelsOfNestingIsAnErrorNotACrash() {
        let flow = "organisation: " + String(repeating: "[", count: 100_000)
        #expect(firstError(flow)?.contains("nest more than \(SettingsParser.maximumDepth) levels deep") == true)
        let block = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(firstError(block)?.contains("nest more than \(SettingsParser.maximumDepth) levels deep") == true)
        let mappings = String(repeating: "{a: ", count: 100_000)
        #expect(firstError(mappings)?.contains("nest more than \(SettingsParser.maximumDepth) levels deep") == true)
    }

    @Test func aFiftyMegabyteFileIsRefusedAtOnceAndOneJustUnderTheLimitIsRead() {
        let huge = Array("# ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20) + [10]
        #expect(errors(huge).map(\.message) == ["the file is larger than 2 MB, the most a settings file may hold"])
        let justUnder = Array("# ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: SettingsLoader.maximumSize - 3) + [10]
        #expect(errors(justUnder).map(\.message) == ["the settings file is empty; it needs at least 'organisation' and 'policy'"])
        let tooLarge = [UInt8](repeating: UInt8(ascii: "#"), count: SettingsParser.maximumSize + 1)
        #expect(throws: DiagnosticList.self) { try SettingsParser.parse(tooLarge, path: "big.yaml") }
    }

    @Test func aValueOnAOneMegabyteLineIsKeptWhole() throws {
        let name = String(repeating: "Harbourview ", count: (1 << 20) / 12)
        let text = minimalSettings.replacingOccurrences(of: "name: Harbourview Community Services", with: "name: \(name)x")
        let policy = try #require(load(text).policy)
        #expect(policy.organisation.name == LocalizedText(name + "x"))
    }

    @Test func manyUnknownKeysStopAtTheErrorLimit() {
        let text = (0..<100_000).map { "key\($0): value\n" }.joined()
        let found = errors(Array(text.utf8))
        #expect(found.count == 51)
        #expect(found.last?.message == "too many errors; stopped after 50")
    }

    /// YAML 1.2 has only space and tab as white space and only LF and CR as line breaks:
    /// every other Unicode space or separator is part of the value, as any YAML 1.2 tool reads it.
    @Test(arguments: [0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] as [UInt32])
    func unicodeSpacesAndSeparatorsStayInTheValue(code: UInt32) throws {
        let space = String(Character(Unicode.Scalar(code)!))
        let name = "Harbourview\(space)Community\(space)"
        let text = minimalSettings.replacingOccurrences(of: "name: Harbourview Community Services", with: "name: \(name)Services")
        #expect(try #require(load(text).policy).organisation.name == LocalizedText(name + "Services"))
    }

    @Test func aByteOrderMarkInsideTheFileIsAnError() {
        #expect(firstError("organisation:\n  name: a\u{FEFF}b\n")?.hasPrefix("2:10: a byte order mark (U+FEFF) is only allowed") == true)
    }

    @Test func bidiOverridesAreKeptInValuesButNeverReachTheTerminalRaw() throws {
        let text = minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  nme: \u{202E}gnp.exe")
        let result = load(text)
        let output = DiagnosticFormatter(sources: ["settings.yaml": Array(text.utf8)]).format(result.diagnostics)
        #expect(output == """
            settings.yaml:4:3: error: unknown key 'nme'; did you mean 'name'?
              nme: \u{FFFD}gnp.exe
              ^

            """)
        let kept = minimalSettings.replacingOccurrences(of: "name: Harbourview", with: "name: \u{202E}Harbourview")
        #expect(try #require(load(kept).policy).organisation.name == "\u{202E}Harbourview Community Services")
    }

    @Test func aLongLineIsShownAsAnExcerptAroundTheCaret() {
        let line = "organisation: " + String(repeating: "a", count: 5000) + " #x"
        let diagnostic = Diagnostic.error("here", path: "s.yaml", at: SourceLocation(line: 1, column: 5016, offset: 5015))
        let lines = DiagnosticFormatter(sources: ["s.yaml": Array(line.utf8)]).format([diagnostic]).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("...") && lines[1].hasSuffix("a #x"))
        #expect(lines[1].count == 3 + DiagnosticFormatter.excerptWidth)
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "#")
    }

    @Test func specialFilesAreReadSafely() {
        #expect(SettingsLoader.loadFile(atPath: "/dev/null", today: testToday).errors.map(\.message) == ["the settings file is empty; it needs at least 'organisation' and 'policy'"])
        #expect(SettingsLoader.loadFile(atPath: "/dev/zero", today: testToday).errors.map(\.message) == ["cannot read '/dev/zero': it is larger than 64 MB"])
    }
}
