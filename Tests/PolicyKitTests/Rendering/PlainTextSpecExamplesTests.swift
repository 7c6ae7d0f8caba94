import Foundation
import Testing
@testable import PolicyKit

/// Every CommonMark spec example through the plain-text renderer: nothing lost,
/// nothing too wide, nothing unsafe.
@Suite struct PlainTextSpecExamplesTests {
    @Test func specExamplesAreAvailable() {
        #expect(CommonMarkSpecExample.all.count == 652)
    }

    @Test(arguments: [72, 20, 8])
    func keepsEveryWordInOrder(width: Int) {
        for example in CommonMarkSpecExample.all {
            let document = MarkdownDocument(parsing: example.markdown)
            let output = Array(PlainTextRenderer(options: .init(width: width)).render(document).utf8)
            var searchFrom = 0
            for word in TextContent.words(of: document) {
                guard let found = output.firstRange(of: word, from: searchFrom) else {
                    Issue.record("example \(example.example) at width \(width): lost \"\(String(decoding: word, as: UTF8.self))\"\n\(String(decoding: output, as: UTF8.self))")
                    break
                }
                searchFrom = found.upperBound
            }
        }
    }

    @Test(arguments: [72, 20, 8])
    func keepsLinesWithinTheWidthUnlessOneWordIsLonger(width: Int) {
        for example in CommonMarkSpecExample.all {
            let output = MarkdownRenderer.plainText(fromMarkdown: example.markdown, width: width)
            for line in output.split(separator: "\n", omittingEmptySubsequences: false)
            where DisplayWidth.of(line) > width {
                let content = TextContent.strippingPrefixes(line)
                #expect(!content.contains(" "), "example \(example.example) at width \(width): line too wide: \(line)")
            }
        }
    }

    @Test func endsWithExactlyOneNewlineAndNoTrailingSpaces() {
        for example in CommonMarkSpecExample.all {
            let output = MarkdownRenderer.plainText(fromMarkdown: example.markdown)
            guard !output.isEmpty else { continue }
            #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), "example \(example.example)")
            #expect(!output.contains(" \n"), "example \(example.example)")
        }
    }

    @Test func dropsRawHTML() {
        var checked = 0
        for example in CommonMarkSpecExample.all {
            let document = MarkdownDocument(parsing: example.markdown)
            let output = PlainTextRenderer().render(document)
            let visibleText = TextContent.visibleText(of: document)
            for html in TextContent.rawHTML(of: document) {
                let tag = html.trimmingCharacters(in: .whitespacesAndNewlines)
                // The same characters may also be ordinary (escaped) text of the example.
                guard tag.contains("<"), !visibleText.contains(tag) else { continue }
                checked += 1
                #expect(!output.contains(tag), "example \(example.example): raw HTML \(tag) reached the text")
            }
        }
        #expect(checked > 80)
    }

    static let unsafeExamples = [
        "[click](javascript:alert(1))",
        "<JavaScript:alert(1)>",
        "[x](vbscript:msgbox)",
        "[file](file:///etc/passwd)",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "![pic](javascript:alert(1))",
        "[ref]\n\n[ref]: javascript:alert(1)",
    ]

    @Test func dropsUnsafeDestinationsButKeepsTheirText() {
        var checked = 0
        let inputs = CommonMarkSpecExample.all.map(\.markdown) + Self.unsafeExamples
        for markdown in inputs {
            let document = MarkdownDocument(parsing: markdown)
            let output = PlainTextRenderer().render(document)
            for destination in TextContent.destinations(of: document) where URLSafety.isDangerous(destination) {
                checked += 1
                #expect(!output.contains("<\(destination)>"), "\(markdown)")
            }
            for word in TextContent.words(of: document) {
                #expect(Array(output.utf8).firstRange(of: word, from: 0) != nil, "\(markdown)")
            }
        }
        #expect(checked >= Self.unsafeExamples.count)
    }

    @Test func neverDropsASafeLinkDestination() {
        let output = MarkdownRenderer.plainText(fromMarkdown: "[a](/one) <https://two.example> [b](javascript:three)")
        #expect(output == "a </one> <https://two.example> b\n")
    }
}

/// What a reader must find in the plain text: the words of text, code, link
/// text and image descriptions (raw HTML is not text).
enum TextContent {
    static func words(of document: MarkdownDocument) -> [[UInt8]] {
        var words: [[UInt8]] = []
        collect(document.blocks, into: &words)
        return words
    }

    static func visibleText(of document: MarkdownDocument) -> String {
        words(of: document).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    private static func split(_ text: String, into words: inout [[UInt8]]) {
        for word in text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            words.append(Array(word))
        }
    }

    private static func collect(_ blocks: [MarkdownBlock], into words: inout [[UInt8]]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                collect(inlines, into: &words)
            case .blockQuote(let children):
                collect(children, into: &words)
            case .list(let list):
                for item in list.items { collect(item.blocks, into: &words) }
            case .codeBlock(_, let literal):
                split(literal, into: &words)
            case .htmlBlock, .thematicBreak, .form:
                break
            }
        }
    }

    private static func collect(_ inlines: [MarkdownInline], into words: inout [[UInt8]]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                split(text, into: &words)
            case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children):
                collect(children, into: &words)
            case .softBreak, .lineBreak, .html:
                break
            }
        }
    }

    static func rawHTML(of document: MarkdownDocument) -> [String] {
        var result: [String] = []
        func inlines(_ items: [MarkdownInline]) {
            for item in items {
                switch item {
                case .html(let html): result.append(html)
                case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): inlines(c)
                default: break
                }
            }
        }
        func blocks(_ items: [MarkdownBlock]) {
            for item in items {
                switch item {
                case .htmlBlock(let html): result.append(html)
                case .paragraph(let c), .heading(_, let c): inlines(c)
                case .blockQuote(let c): blocks(c)
                case .list(let list): list.items.forEach { blocks($0.blocks) }
                default: break
                }
            }
        }
        blocks(document.blocks)
        return result
    }

    static func destinations(of document: MarkdownDocument) -> [String] {
        var result: [String] = []
        func inlines(_ items: [MarkdownInline]) {
            for item in items {
                switch item {
                case .link(let url, _, let c), .image(let url, _, let c): result.append(url); inlines(c)
                case .emphasis(let c), .strong(let c): inlines(c)
                default: break
                }
            }
        }
        func blocks(_ items: [MarkdownBlock]) {
            for item in items {
                switch item {
                case .paragraph(let c), .heading(_, let c): inlines(c)
                case .blockQuote(let c): blocks(c)
                case .list(let list): list.items.forEach { blocks($0.blocks) }
                default: break
                }
            }
        }
        blocks(document.blocks)
        return result
    }

    /// A line without its indentation, quote bars and list markers.
    static func strippingPrefixes(_ line: Substring) -> Substring {
        var rest = line
        while true {
            if let first = rest.first, first == " " || first == ">" {
                rest = rest.dropFirst()
            } else if rest.hasPrefix("- ") {
                rest = rest.dropFirst(2)
            } else if let marker = rest.firstIndex(where: { !$0.isASCII || !$0.isNumber }), marker != rest.startIndex,
                      rest[marker...].hasPrefix(". ") || rest[marker...].hasPrefix(") ") {
                rest = rest[rest.index(marker, offsetBy: 2)...]
            } else {
                return rest
            }
        }
    }
}

extension Array where Element == UInt8 {
    func firstRange(of word: [UInt8], from start: Int) -> Range<Int>? {
        guard !word.isEmpty, count >= word.count else { return nil }
        var index = start
        while index + word.count <= count {
            if self[index] == word[0] && self[index..<(index + word.count)].elementsEqual(word) {
                return index..<(index + word.count)
            }
            index += 1
        }
        return nil
    }
}
