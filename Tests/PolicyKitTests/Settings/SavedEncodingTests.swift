import Testing
@testable import PolicyKit

/// A file saved in another encoding than UTF-8 gets one error that names the
/// encoding and says how to save the file as UTF-8, not one error per character.
struct SavedEncodingTests {
    func errors(_ bytes: [UInt8]) -> [String] { ParserTestSupport.errors(bytes: bytes) }
    let advice = "save it as UTF-8: in your editor choose Save As (or Save with Encoding) and pick UTF-8"

    @Test func aLatin1FileGetsOneErrorNamingIt() {
        // "Café Élan" and "Montréal" in Latin-1: é is 0xE9, É is 0xC9.
        let bytes = Array("organisation:\n  name: Caf".utf8) + [0xE9, 0x20, 0xC9] + Array("lan\n  address: Montr".utf8) + [0xE9] + Array("al\n".utf8)
        #expect(errors(bytes) == ["2:12: the file is saved as Latin-1 (ISO-8859-1), not UTF-8 (here: 'é'); \(advice)"])
    }

    @Test func aWindows1252FileGetsOneErrorNamingIt() {
        // Word's curly apostrophe is 0x92 in Windows-1252.
        let bytes = Array("name: Margaret O".utf8) + [0x92] + Array("Brien\nnote: caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(errors(bytes) == ["1:17: the file is saved as Windows-1252, not UTF-8 (here: '\u{2019}'); \(advice)"])
    }

    @Test func aUTF16FileIsRecognised() {
        let text = "organisation:\n  name: Café\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let withoutMark = Array(littleEndian.dropFirst(2))
        for bytes in [littleEndian, bigEndian, withoutMark] {
            #expect(errors(bytes) == ["1:1: the file is saved as UTF-16, not UTF-8; \(advice)"])
        }
    }

    @Test func otherProblemsAreStillReportedBeside() {
        let bytes = Array("a: caf".utf8) + [0xE9] + Array("\nb: x\u{7}\n".utf8)
        #expect(errors(bytes) == [
            "1:7: the file is saved as Latin-1 (ISO-8859-1), not UTF-8 (here: 'é'); \(advice)",
            "2:5: control character U+0007 is not allowed in a settings file",
        ])
    }
}
