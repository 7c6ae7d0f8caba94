import Foundation
import Testing
@testable import PolicyKit

/// The board-ready handbook, read back from the PDF of every example on A4 and Letter:
/// a cover, a contents list whose page numbers are the sections' real pages, "page N of
/// M" and the version on every page, sections that flow without leaving pages mostly
/// empty, headings kept with their first lines, and a tagged PDF with its language,
/// title and bookmark outline. One browser prints them all.
@Suite(.serialized, .tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
struct HandbookPrintTests {
    struct Handbook: Sendable {
        var example: String
        var paper: PaperSize
        var language: String
        var policy: Policy
        var pdf: String
        /// Each page's lines (`pdftotext -layout`), trimmed, blank lines dropped.
        var pages: [[String]]
        /// Each page's words with their boxes (`pdftotext -bbox`).
        var words: [[Word]]
        var pageHeight: Double

        var label: String { "\(example) handbook (\(language)) on \(paper.displayName)" }
    }

    struct Word: Sendable {
        var text: String
        var top: Double
        var bottom: Double
    }

    static let printed: Result<[Handbook], any Error> = Result {
        let chromium = try PrintTools.requireChromium()
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        let engine = ChromiumEngine(executable: chromium)
        defer { engine.finish() }
        let folder = try PrintTools.temporaryFolder("handbooks")
        var handbooks: [Handbook] = []
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for paper in PaperSize.allCases {
                let options = BuildOptions(documents: [.handbook], formats: [.pdf], paper: paper, printer: engine)
                for file in try DocumentBuilder().build(for: policy, options: options).files {
                    let path = "\(folder)/\(example)-\(paper.rawValue)-\(file.name)"
                    try Data(file.bytes).write(to: URL(fileURLWithPath: path))
                    let parts = file.name.split(separator: ".")
                    let language = parts.count > 2 ? String(parts[1]) : policy.primaryLanguage.code
                    let layout = try PrintTools.run(pdftotext, ["-layout", path, "-"])
                    let pages = layout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
                        .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                        .filter { !$0.isEmpty }
                    let (words, height) = try Self.boxes(try PrintTools.run(pdftotext, ["-bbox", path, "-"]))
                    handbooks.append(Handbook(example: example, paper: paper, language: language, policy: policy, pdf: path,
                                              pages: pages, words: words, pageHeight: height))
                }
            }
        }
        return handbooks
    }

    /// The words of each page and the pages' height, from `pdftotext -bbox`.
    static func boxes(_ xhtml: String) throws -> ([[Word]], Double) {
        var pages: [[Word]] = []
        var height = 0.0
        let page = try NSRegularExpression(pattern: #"<page width="[0-9.]+" height="([0-9.]+)">"#)
        let word = try NSRegularExpression(pattern: #"<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>"#)
        for line in xhtml.split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            if let match = page.firstMatch(in: line, range: range) {
                height = Double(line[Range(match.range(at: 1), in: line)!])!
                pages.append([])
            } else if let match = word.firstMatch(in: line, range: range) {
                pages[pages.count - 1].append(Word(
                    text: String(line[Range(match.range(at: 3), in: line)!]),
                    top: Double(line[Range(match.range(at: 1), in: line)!])!,
                    bottom: Double(line[Range(match.range(at: 2), in: line)!])!))
            }
        }
        return (pages, height)
    }

    /// The section headings (`## `) and subheadings (`### `) of the handbook's Markdown.
    static func headings(_ handbook: Handbook, level: String) throws -> [String] {
        let language = try #require(handbook.policy.languages.first { $0.code == handbook.language })
        let markdown = try DocumentFiller().markdown(for: .handbook, policy: handbook.policy, language: language)
        return markdown.split(separator: "\n").filter { $0.hasPrefix(level + " ") }
            .map { String($0.dropFirst(level.count + 1)).replacingOccurrences(of: "\\", with: "") }
    }

    func handbooks() throws -> [Handbook] {
        let all = try Self.printed.get()
        #expect(all.count >= PrintTools.exampleNames.count * 2)
        return all
    }

    @Test func theCoverShowsTitleOrganisationVersionDateAndApproval() throws {
        for handbook in try handbooks() {
            let cover = handbook.pages[0].joined(separator: "\n")
            let metadata = handbook.policy.metadata
            let language = try #require(handbook.policy.languages.first { $0.code == handbook.language })
            #expect(cover.contains(handbook.policy.organisation.name.text(in: handbook.language, primary: handbook.policy.primaryLanguage.code)), "\(handbook.label)")
            #expect(cover.contains(metadata.version), "\(handbook.label)")
            #expect(cover.contains(language.date(metadata.effectiveDate)), "\(handbook.label)")
            if let approver = metadata.approvedBy { #expect(cover.contains(approver), "\(handbook.label)") }
        }
    }

    @Test func everyPageCarriesTheVersionAndPageNOfM() throws {
        for handbook in try handbooks() {
            let words = HandbookWords(language: handbook.language)
            let count = handbook.pages.count
            #expect(count >= 5, "\(handbook.label): \(count) pages")
            for (index, lines) in handbook.pages.enumerated() {
                let text = lines.joined(separator: "\n")
                #expect(text.contains("\(words.pageBefore)\(index + 1)\(words.pageBetween)\(count)"), "\(handbook.label), page \(index + 1)")
                #expect(text.contains("\(words.version) \(handbook.policy.metadata.version)"), "\(handbook.label), page \(index + 1)")
            }
        }
    }

    @Test func theContentsGiveEachSectionsRealPage() throws {
        for handbook in try handbooks() {
            let sections = try Self.headings(handbook, level: "##")
            #expect(sections.count >= 10)
            let contents = handbook.pages[1]
            for section in sections {
                // "3. What we expect of clients      5" on the contents page.
                let entry = contents.first { $0.hasPrefix(section) }
                let shown = entry.flatMap { Int($0.dropFirst(section.count).trimmingCharacters(in: .whitespaces)) }
                // The page whose text has the heading on a line of its own, after the contents.
                let real = handbook.pages.indices.dropFirst(2).first { handbook.pages[$0].contains(section) }.map { $0 + 1 }
                #expect(shown != nil && shown == real, "\(handbook.label): '\(section)' listed on page \(String(describing: shown)), printed on \(String(describing: real))")
            }
        }
    }

    @Test func noPageButCoverContentsAndLastIsUnderFortyPercentFull() throws {
        for handbook in try handbooks() {
            let margin = handbook.paper == .a4 ? 18 / 25.4 * 72 : 0.7 * 72
            let contentHeight = handbook.pageHeight - 2 * margin
            var fullness: [Int] = []
            for page in handbook.words.indices {
                // Body text only: the running footer sits in the bottom margin.
                let body = handbook.words[page].filter { $0.bottom <= handbook.pageHeight - margin + 1 }
                let top = body.map(\.top).min() ?? 0
                let bottom = body.map(\.bottom).max() ?? 0
                fullness.append(Int(((bottom - top) / contentHeight * 100).rounded()))
            }
            for page in fullness.indices.dropFirst(2).dropLast() {
                #expect(fullness[page] >= 40, "\(handbook.label): page \(page + 1) is \(fullness[page])% full (all: \(fullness))")
            }
        }
    }

    @Test func noPageEndsWithAHeading() throws {
        for handbook in try handbooks() {
            let headings = Set(try Self.headings(handbook, level: "##") + Self.headings(handbook, level: "###"))
            for (index, lines) in handbook.pages.enumerated().dropFirst(2) {
                // The last line above the running footer.
                let body = lines.filter { !$0.contains(HandbookWords(language: handbook.language).pageBefore + "\(index + 1)") }
                if let last = body.last {
                    #expect(!headings.contains(last), "\(handbook.label): page \(index + 1) ends with the heading '\(last)'")
                }
            }
        }
    }

    @Test func thePDFIsTaggedWithItsLanguageTitleAndOutline() throws {
        let pdfinfo = try PrintTools.requirePoppler("pdfinfo")
        for handbook in try handbooks() {
            let info = try PrintTools.run(pdfinfo, [handbook.pdf])
            #expect(info.contains("Tagged:          yes"), "\(handbook.label)")
            let language = try #require(handbook.policy.languages.first { $0.code == handbook.language })
            let title = DocumentFiller.title(for: .handbook, policy: handbook.policy, language: language)
            #expect(info.contains("Title:           \(title)"), "\(handbook.label)")
            let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: handbook.pdf)), as: UTF8.self)
            #expect(bytes.contains("/Lang (\(handbook.language))"), "\(handbook.label)")
            #expect(bytes.contains("/Outlines"), "\(handbook.label)")
            for section in try Self.headings(handbook, level: "##") where section.allSatisfy(\.isASCII) {
                #expect(bytes.contains("/Title (\(section))"), "\(handbook.label): no bookmark for '\(section)'")
            }
        }
    }
}
