import Foundation
import Testing
@testable import PolicyKit

/// The print layout, proved in a real browser engine: every example organisation's
/// documents are printed by headless Chromium exactly as a user would
/// (`chromium --headless --print-to-pdf`) on A4 and on US Letter, and the pages are
/// counted with poppler's `pdfinfo`.
@Suite(.serialized, .tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
struct BrowserPrintTests {
    struct Printed: Sendable {
        var example: String
        var paper: PaperSize
        var document: DocumentKind
        /// The language code of the document, e.g. "fr" for `poster.fr.html`.
        var language: String
        var pdf: String

        var label: String { "\(example) \(document) (\(language)) on \(paper.displayName)" }
    }

    /// Builds the HTML of every example on both papers and prints each document once.
    static let printed: Result<[Printed], any Error> = Result {
        let chromium = try PrintTools.requireChromium()
        let folder = try PrintTools.temporaryFolder("print")
        var jobs: [Printed] = []
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for paper in PaperSize.allCases {
                let options = BuildOptions(formats: [.html], paper: paper)
                let out = "\(folder)/\(example)-\(paper.rawValue)"
                let files = try DocumentBuilder().build(for: policy, options: options).files
                try OutputFolder(path: out).write(files)
                // Every document in every language: French and Spanish run longer than English.
                for file in files {
                    let parts = file.name.dropLast(".html".count).split(separator: ".")
                    // Letters are named for their step: letter-step-2.
                    let document = try #require(parts[0].hasPrefix("letter-step-") ? .letter : DocumentKind(rawValue: String(parts[0])))
                    let language = parts.count > 1 ? String(parts[1]) : policy.primaryLanguage.code
                    jobs.append(Printed(example: example, paper: paper, document: document, language: language, pdf: "\(out)/\(parts.joined(separator: ".")).pdf"))
                }
            }
        }
        let failures = FailureLog()
        PrintTools.forEach(jobs) { job in
            let html = job.pdf.replacingOccurrences(of: ".pdf", with: ".html")
            let profile = job.pdf.replacingOccurrences(of: ".pdf", with: "-profile")
            do {
                try PrintTools.run(chromium, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(profile)", "--print-to-pdf=\(job.pdf)",
                    URL(fileURLWithPath: html).absoluteString,
                ])
            } catch {
                failures.add("\(job.example) \(job.document) on \(job.paper): \(error)")
            }
        }
        if let failure = failures.first { throw OutsideProgram.Failed(description: failure) }
        return jobs
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try PrintTools.run(try PrintTools.requirePoppler("pdfinfo"), [pdf])
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    static func pageSize(_ pdf: String) throws -> String {
        let info = try PrintTools.run(try PrintTools.requirePoppler("pdfinfo"), [pdf])
        return String(try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") }))
    }

    func documents(_ kind: DocumentKind) throws -> [Printed] {
        let all = try Self.printed.get()
        #expect(all.count >= PrintTools.exampleNames.count * 2 * DocumentKind.allCases.count)
        return all.filter { $0.document == kind }
    }

    @Test func thePosterPrintsOnExactlyOnePageOnA4AndLetter() throws {
        let posters = try documents(.poster)
        // Each example in every language it lists, on two papers.
        let languages = try PrintTools.exampleNames.map { try PrintTools.examplePolicy($0).languages.count }.reduce(0, +)
        #expect(posters.count == languages * 2)
        for poster in posters {
            #expect(try Self.pages(poster.pdf) == 1, "\(poster.label)")
        }
    }

    /// The card is a small card printed front and back: A6, or 4 × 6 in with Letter paper.
    @Test func theCardPrintsOnTheFrontAndBackOfASmallCard() throws {
        for card in try documents(.card) {
            let pages = try Self.pages(card.pdf)
            #expect(pages >= 1 && pages <= 2, "\(card.label): \(pages) pages")
        }
    }

    @Test func eachDocumentPrintsOnThePaperAskedFor() throws {
        for document in try Self.printed.get() {
            let size = try Self.pageSize(document.pdf)
            switch (document.paper, document.document) {
            // A6 is 105 × 148 mm; Chromium rounds to whole pixels of 1/96 in.
            case (.a4, .card): #expect(size.contains("298.08 x 420 pts"), "\(document.pdf): \(size)")
            case (.letter, .card): #expect(size.contains("288 x 432 pts"), "\(document.pdf): \(size)")
            case (.a4, _): #expect(size.contains("(A4)"), "\(document.pdf): \(size)")
            case (.letter, _): #expect(size.contains("(letter)"), "\(document.pdf): \(size)")
            }
        }
    }

    /// A booklet: several pages, each numbered section at the top of its own page (the
    /// first follows the title), and no page ending in a heading.
    @Test func theHandbookPrintsAsABookletWithEachSectionOnANewPage() throws {
        for handbook in try documents(.handbook) {
            let pageCount = try Self.pages(handbook.pdf)
            #expect(pageCount >= 5, "\(handbook.example) handbook on \(handbook.paper.displayName): \(pageCount) pages")
            let text = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), ["-layout", handbook.pdf, "-"])
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
                .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            let markdown = try DocumentFiller().markdown(for: .handbook, policy: PrintTools.examplePolicy(handbook.example))
            let sections = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
            #expect(sections.count >= 10)
            for (index, section) in sections.enumerated() {
                let page = pages.firstIndex { $0.contains(section) }
                guard let page else {
                    Issue.record("\(handbook.example): section '\(section)' not found in the printed handbook")
                    continue
                }
                if index == 0 {
                    #expect(page == 0, "the first section follows the title on page 1")
                } else {
                    #expect(pages[page].first == section, "\(handbook.example) on \(handbook.paper.displayName): '\(section)' does not start page \(page + 1)")
                }
                // Nothing stranded: a section's heading never sits alone at the foot of a page.
                #expect(pages[page].last != section, "'\(section)' is the last line of page \(page + 1)")
            }
        }
    }

    @Test func theChecklistPrintsItsTickBoxes() throws {
        for checklist in try documents(.checklist) {
            // Each item's "in place" answer is a pair of printed boxes, not a list bullet.
            let text = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), [checklist.pdf, "-"])
            #expect(!text.contains("•"), "\(checklist.example): bullets printed")
            #expect(text.components(separatedBy: "☐ Yes").count > 10, "\(checklist.example): tick boxes missing")
            #expect(text.contains("Action needed") && text.contains("By when"))
        }
    }

    /// The handout, the acknowledgement, the checklist and the incident report, in every
    /// language they are made in, on A4 and Letter: each within its number of pages.
    @Test func theHandoutsAndFormsPrintWithinTheirPageLimits() throws {
        for kind in [DocumentKind.codeOfConduct, .acknowledgement, .checklist, .incidentReport] {
            let printed = try documents(kind)
            #expect(printed.count == PrintTools.exampleNames.count * 2 * (kind == .codeOfConduct ? 3 : 1), "\(kind)")
            for document in printed {
                let pages = try Self.pages(document.pdf)
                let limit = try #require(kind.pageLimit)
                #expect(pages <= limit, "\(document.label): \(pages) pages, more than \(limit)")
                #expect(pages >= (kind == .incidentReport ? 2 : 1), "\(document.label): \(pages) pages")
            }
        }
    }

    @Test func theIncidentReportPrintsEveryBehaviourAsATickBox() throws {
        for report in try documents(.incidentReport) {
            let policy = try PrintTools.examplePolicy(report.example)
            let text = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), [report.pdf, "-"])
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for behaviour in policy.clientExpectations.notAccepted {
                let name = MarkdownEscaper.normalisedText(behaviour.behaviour.text(in: "en", primary: "en"))
                #expect(text.contains("☐ " + name), "\(report.label): \(name)")
            }
        }
    }
}

final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var first: String? {
        lock.lock()
        defer { lock.unlock() }
        return messages.first
    }
}
