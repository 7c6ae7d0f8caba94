import Foundation
import Testing
@testable import PolicyKit

/// The client documents (code of conduct, poster, letters) in Arabic, Chinese, Punjabi and
/// Vietnamese as Chromium prints them: every font embedded, the script's own typeface among
/// them, and the text read back from the PDF holding the same characters as the document.
///
/// The read-back is compared as a multiset, after NFKC, with direction marks and isolates
/// left out: `pdftotext` gives Arabic back in visual order with ligatures split, and lays
/// out a two-column page in another order than the plain text. Gurmukhi and Vietnamese
/// need nothing more: Chromium's ToUnicode maps give back each vowel sign, nukta and tone
/// mark in the order it is written (Gurmukhi's ਿ, drawn before its consonant, comes back
/// after it), and NFKC only makes a letter written precomposed (ਜ਼, ệ) and one written with
/// its marks compare equal. A glyph the fonts lack, or a letter dropped or doubled, still fails.
@Suite(.serialized, .tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
struct ScriptPDFTests {
    /// The languages written in more than Latin's basic letters.
    static let languages = ["ar", "zh-Hans", "pa", "vi"]
    /// The part of a font's name that shows the script's own typeface. Vietnamese is Latin,
    /// and prints in the faces the English documents use.
    static let scriptFaces = ["ar": "Arabic", "zh-Hans": "CJK", "pa": "Gurmukhi"]
    static let documents: [DocumentKind] = [.codeOfConduct, .poster, .letter]

    static func printedDocuments() throws -> [BrowserPrintTests.Printed] {
        let printed = try BrowserPrintTests.printed.get().filter { documents.contains($0.document) && languages.contains($0.language) }
        // Harbourview lists every one of these languages; each document prints on two papers.
        for language in languages {
            for kind in documents {
                #expect(printed.filter { $0.language == language && $0.document == kind }.count >= 2, "\(language) \(kind)")
            }
        }
        return printed
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

    /// The typefaces a PDF uses, without their subset prefix (`AAAAAA+`). Chromium writes a
    /// font with PostScript (CFF) outlines, such as Noto Sans CJK, as Type 3 glyph drawings,
    /// which `pdffonts` lists as "[none]"; their font descriptors still name the face.
    static func faces(_ pdf: String) throws -> Set<String> {
        let listed = try fonts(pdf).map(\.name).filter { $0 != "[none]" }
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        let described = bytes.components(separatedBy: "/FontName").dropFirst().compactMap { after -> String? in
            let name = after.drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            guard name.first == "/" else { return nil }
            return String(name.dropFirst().prefix { !$0.isWhitespace && !"/<>[]()".contains($0) })
        }
        return Set((listed + described).map { name in name.firstIndex(of: "+").map { String(name[name.index(after: $0)...]) } ?? name })
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

    @Test func everyFontIsEmbeddedWithTheScriptsOwnTypeface() throws {
        let all = try BrowserPrintTests.printed.get()
        for document in try Self.printedDocuments() {
            let fonts = try Self.fonts(document.pdf)
            #expect(!fonts.isEmpty, "\(document.label)")
            let notEmbedded = fonts.filter { !$0.embedded }.map(\.name)
            #expect(notEmbedded.isEmpty, "\(document.label): \(notEmbedded)")
            let faces = try Self.faces(document.pdf)
            if let script = Self.scriptFaces[document.language] {
                #expect(faces.contains { $0.contains(script) }, "\(document.label): no \(script) typeface in \(faces.sorted())")
            } else {
                // Every Vietnamese letter, tone marks and all, is in the English text's faces:
                // a letter those fonts lacked would print in a fallback face of its own.
                let english = all.filter { $0.example == document.example && $0.paper == document.paper && $0.document == document.document && $0.language == "en" }
                #expect(!english.isEmpty, "\(document.label)")
                let englishFaces = try english.reduce(into: Set<String>()) { $0.formUnion(try Self.faces($1.pdf)) }
                #expect(faces.isSubset(of: englishFaces), "\(document.label): \(faces.subtracting(englishFaces).sorted()) beside the English \(englishFaces.sorted())")
            }
        }
    }

    @Test func theTextReadBackHoldsTheDocumentsCharacters() throws {
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        var sources: [String: [String: [UInt8]]] = [:]
        for document in try Self.printedDocuments() {
            let key = "\(document.example) \(document.paper.rawValue)"
            if sources[key] == nil {
                let policy = try PrintTools.examplePolicy(document.example)
                let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: Self.documents, formats: [.text], paper: document.paper)).files
                sources[key] = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
            }
            // poster.pa.pdf was printed from the same document as poster.pa.txt.
            let name = URL(fileURLWithPath: document.pdf).deletingPathExtension().lastPathComponent + ".txt"
            let source = try #require(sources[key]?[name], "\(document.label): no \(name)")
            let expected = Self.characters(String(decoding: source, as: UTF8.self))
            let printed = Self.characters(try PrintTools.run(pdftotext, ["-enc", "UTF-8", document.pdf, "-"]))
            let missing = expected.filter { printed[$0.key, default: 0] < $0.value }.map { "\($0.key)" }.sorted()
            let extra = printed.filter { expected[$0.key, default: 0] < $0.value }.map { "\($0.key)" }.sorted()
            #expect(expected.values.reduce(0, +) > 100, "\(document.label)")
            #expect(missing.isEmpty && extra.isEmpty, "\(document.label): missing \(missing), extra \(extra)")
        }
    }
}
