import Foundation
import Testing
@testable import PolicyKit

/// The Arabic and Chinese posters as Chromium prints them: every font embedded, an Arabic
/// and a Han typeface among them, and the text read back from the PDF holding the same
/// characters as the document (compared as a multiset, after NFKC, with direction marks
/// and isolates left out, because `pdftotext` reorders Arabic and splits ligatures).
@Suite(.serialized, .tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
struct ScriptPDFTests {
    static func printedPosters() throws -> [BrowserPrintTests.Printed] {
        let posters = try BrowserPrintTests.printed.get().filter { $0.document == .codeOfConduct && ["ar", "zh-Hans"].contains($0.language) }
        // Harbourview lists both languages; each prints on two papers.
        #expect(posters.count >= 4)
        return posters
    }

    /// Rows of `pdffonts`: the font's name and whether it is embedded.
    static func fonts(_ pdf: String) throws -> [(name: String, embedded: Bool)] {
        let output = try PrintTools.run(try PrintTools.requirePoppler("pdffonts"), [pdf])
        return output.split(separator: "\n").dropFirst(2).map { row in
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name, type (one or two words), encoding, emb, sub, uni, object, generation
            let embedded = columns.count >= 6 ? columns[columns.count - 5] == "yes" : false
            return (String(columns.first ?? ""), embedded)
        }
    }

    /// Letters, marks and digits, after NFKC: what a reader reads, whatever the order.
    static func characters(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        let normalised = (text as NSString).precomposedStringWithCompatibilityMapping
        for scalar in normalised.unicodeScalars where !BidiIsolation.layoutScalars.contains(scalar) {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .decimalNumber:
                counts[scalar, default: 0] += 1
            default:
                break
            }
        }
        return counts
    }

    @Test func everyFontIsEmbeddedWithAnArabicOrHanTypeface() throws {
        for poster in try Self.printedPosters() {
            let fonts = try Self.fonts(poster.pdf)
            #expect(!fonts.isEmpty, "\(poster.label)")
            let notEmbedded = fonts.filter { !$0.embedded }.map(\.name)
            #expect(notEmbedded.isEmpty, "\(poster.label): \(notEmbedded)")
            if poster.language == "ar" {
                #expect(fonts.contains { $0.name.contains("Arabic") }, "\(poster.label): \(fonts.map(\.name))")
            }
        }
    }

    @Test func theTextReadBackHoldsTheDocumentsCharacters() throws {
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        for poster in try Self.printedPosters() {
            let policy = try PrintTools.examplePolicy(poster.example)
            let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.codeOfConduct], formats: [.text], paper: poster.paper)).files
            let source = try #require(files.first { $0.name == "code-of-conduct.\(poster.language).txt" })
            let expected = Self.characters(String(decoding: source.bytes, as: UTF8.self))
            let printed = Self.characters(try PrintTools.run(pdftotext, ["-enc", "UTF-8", poster.pdf, "-"]))
            let missing = expected.filter { printed[$0.key, default: 0] < $0.value }.map { "\($0.key)" }.sorted()
            let extra = printed.filter { expected[$0.key, default: 0] < $0.value }.map { "\($0.key)" }.sorted()
            #expect(expected.values.reduce(0, +) > 500)
            #expect(missing.isEmpty && extra.isEmpty, "\(poster.label): missing \(missing), extra \(extra)")
        }
    }
}
