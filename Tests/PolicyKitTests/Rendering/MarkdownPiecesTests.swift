import Foundation
import Testing
@testable import PolicyKit

/// Documents rendered piece by piece must come out byte for byte as rendered whole:
/// the pieces are cut only where CommonMark starts afresh, and a document with anything
/// that reaches across such a place stays whole.
@Suite struct MarkdownPiecesTests {
    static let examples: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    /// Every committed Markdown document of every example, in every language.
    static var exampleDocuments: [(name: String, markdown: String)] {
        let manager = FileManager.default
        var documents: [(String, String)] = []
        for example in ((try? manager.contentsOfDirectory(atPath: examples.path)) ?? []).sorted() {
            let folder = examples.appendingPathComponent("\(example)/documents")
            for file in ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where file.hasSuffix(".md") {
                if let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) {
                    documents.append(("\(example)/\(file)", text))
                }
            }
        }
        return documents
    }

    static func pieces(of markdown: String) -> [String] {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            MarkdownPieces.ranges(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Renders `markdown` whole and in pieces, in HTML and at each width, twice through
    /// one cache (the second time from it); records any difference.
    static func expectPiecesRenderAsWhole(_ markdown: String, widths: [Int], _ label: String) {
        let cache = RenderingCache()
        for width in widths {
            let whole = MarkdownRenderer.renderings(of: markdown, html: true, textWidth: width)
            for round in 1...2 {
                let pieced = MarkdownRenderer.renderings(of: markdown, html: true, textWidth: width, cache: cache)
                #expect(pieced.html == whole.html, "\(label), HTML, round \(round)")
                #expect(pieced.text == whole.text, "\(label), text at width \(width), round \(round)")
            }
        }
        let htmlOnly = MarkdownRenderer.renderings(of: markdown, html: true, textWidth: nil, cache: cache)
        #expect(htmlOnly.html == MarkdownRenderer.html(fromMarkdown: markdown) && htmlOnly.text == nil, "\(label), HTML alone")
    }

    @Test func exampleDocumentsAreFound() {
        #expect(Self.exampleDocuments.count >= 24)
    }

    @Test func everyExampleDocumentRendersTheSameInPieces() {
        for document in Self.exampleDocuments {
            Self.expectPiecesRenderAsWhole(document.markdown, widths: [72, 40, 20], document.name)
        }
    }

    /// The documents are cut, or the cache would have nothing to share.
    @Test func exampleDocumentsAreCutAtTheirSections() {
        for document in Self.exampleDocuments {
            let pieces = Self.pieces(of: document.markdown)
            // The acknowledgement is a one-page form of four blocks.
            #expect(pieces.count >= (document.name.contains("/acknowledgement") ? 4 : 5), "\(document.name): \(pieces.count) pieces")
            #expect(pieces.joined() == document.markdown)
        }
    }

    /// Each spec example alone, between a heading and a paragraph, and next to the
    /// following example with and without a blank line between: the constructs of the
    /// spec meet the places where documents are cut.
    @Test func specExampleDocumentsRenderTheSameInPieces() {
        let all = CommonMarkSpecExample.all
        #expect(all.count == 652)
        var cut = 0
        for (index, example) in all.enumerated() {
            let next = all[(index + 1) % all.count].markdown
            let documents = [
                example.markdown,
                "# Example \(example.example)\n\n\(example.markdown)\nAfter the example.\n",
                "# Example \(example.example)\n\n\(example.markdown)\n\nAfter the example.\n\nAnd more.\n",
                "Before.\n\n\(example.markdown)\n\(next)",
                "Before.\n\n\(example.markdown)\n\n\(next)",
                "\(example.markdown)\n\n\n\(next)",
            ]
            for (variant, markdown) in documents.enumerated() {
                Self.expectPiecesRenderAsWhole(markdown, widths: [72, 12], "example \(example.example), variant \(variant)")
                if Self.pieces(of: markdown).count > 1 { cut += 1 }
            }
        }
        // Most of these documents are cut somewhere, so the comparisons above test cuts.
        #expect(cut > all.count * 2)
    }

    @Test func cutsBeforeUnindentedBlocksAfterABlankLine() {
        #expect(Self.pieces(of: "# Title\n\nA paragraph\nover two lines.\n\n## Next\n") ==
            ["# Title\n\n", "A paragraph\nover two lines.\n\n", "## Next\n"])
    }

    @Test func keepsListItemsQuotesAndIndentedLinesWithWhatCameBefore() {
        let markdown = "Intro.\n\n- one\n\n- two\n\n1. first\n\n> quote\n\n    code\n\n<div>\n\n  indented\n\nEnd.\n"
        #expect(Self.pieces(of: markdown) ==
            ["Intro.\n\n- one\n\n- two\n\n1. first\n\n> quote\n\n    code\n\n<div>\n\n  indented\n\n", "End.\n"])
    }

    @Test(arguments: [
        "A\n\n```\ncode\n\nB\n```\n\nC\n",
        "A\n\n~~~\ncode\n\nB\n~~~\n\nC\n",
        "A\n\n[B]\n\n[b]: /url\n",
        "A\n\n<!--\n\nB\n-->\n\nC\n",
        "A\n\n<?php\n\nB ?>\n\nC\n",
        "A\n\n<PRE>\n\nB\n</PRE>\n\nC\n",
        "A\n\n<Script>\n\nB\n</script>\n\nC\n",
        "A\r\n\r\nB\r\n",
    ])
    func leavesWholeWhatReachesAcrossBlankLines(markdown: String) {
        #expect(Self.pieces(of: markdown) == [markdown])
    }

    @Test func anEmptyDocumentIsOneEmptyPiece() {
        #expect(Self.pieces(of: "") == [""])
        Self.expectPiecesRenderAsWhole("", widths: [72], "empty")
        Self.expectPiecesRenderAsWhole("\n\n<!-- x -->\n\nText\n", widths: [72], "nothing shown first")
    }
}
