import Foundation
import Testing
@testable import PolicyKit

/// The print layout, proved in a real browser engine: every example organisation's
/// documents are printed by headless Chromium as `build --format pdf` prints them, on A4
/// and on US Letter, and the pages are counted with poppler's `pdfinfo`.
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

    /// Prints every document of every example on both papers, in every language (French
    /// and Spanish run longer than English), through one browser for them all.
    static let printed: Result<[Printed], any Error> = Result {
        let chromium = try PrintTools.requireChromium()
        let engine = ChromiumEngine(executable: chromium)
        defer { engine.finish() }
        let folder = try PrintTools.temporaryFolder("print")
        var jobs: [Printed] = []
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for paper in PaperSize.allCases {
                let options = BuildOptions(formats: [.pdf], paper: paper, printer: engine)
                let out = "\(folder)/\(example)-\(paper.rawValue)"
                let files = try DocumentBuilder().build(for: policy, options: options).files
                try OutputFolder(path: out).write(files)
                for file in files {
                    let parts = file.name.dropLast(".pdf".count).split(separator: ".")
                    // Letters are named for their step: letter-step-2.
                    let document = try #require(parts[0].hasPrefix("letter-step-") ? .letter : DocumentKind(rawValue: String(parts[0])))
                    let language = parts.count > 1 ? String(parts[1]) : policy.primaryLanguage.code
                    jobs.append(Printed(example: example, paper: paper, document: document, language: language, pdf: "\(out)/\(file.name)"))
                }
            }
        }
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

    @Test func everyPDFIsTaggedAndCarriesItsLanguageAndTitle() throws {
        let pdfinfo = try PrintTools.requirePoppler("pdfinfo")
        for document in try Self.printed.get() {
            let info = try PrintTools.run(pdfinfo, [document.pdf])
            #expect(info.contains("Tagged:          yes"), "\(document.label)")
            let title = try #require(info.split(separator: "\n").first { $0.hasPrefix("Title:") })
            #expect(title.contains(" — "), "\(document.label): \(title)")
            let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: document.pdf)), as: UTF8.self)
            #expect(bytes.contains("/Lang (\(document.language))"), "\(document.label)")
        }
    }

    @Test func theChecklistPrintsItsTickBoxes() throws {
        // The answer and the column headings in each language the checklist is made in.
        let words = ["en": ("☐ Yes", "Action needed", "By when"), "fr": ("☐ Oui", "Mesure à prendre", "Pour quand"), "es": ("☐ Sí", "Medida necesaria", "Para cuándo")]
        for checklist in try documents(.checklist) {
            let (yes, action, byWhen) = try #require(words[checklist.language], "\(checklist.label)")
            // Each item's "in place" answer is a pair of printed boxes, not a list bullet.
            let text = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), [checklist.pdf, "-"])
            #expect(!text.contains("•"), "\(checklist.label): bullets printed")
            #expect(text.components(separatedBy: yes).count > 10, "\(checklist.label): tick boxes missing")
            #expect(text.contains(action) && text.contains(byWhen), "\(checklist.label)")
        }
    }

    /// The handout, the acknowledgement, the checklist and the incident report, in every
    /// language they are made in, on A4 and Letter: each within its number of pages.
    @Test func theHandoutsAndFormsPrintWithinTheirPageLimits() throws {
        // Client documents come in every language an example lists; the forms in English, French and Spanish.
        let staffLanguages: Set<String> = ["en", "fr", "es"]
        for kind in [DocumentKind.codeOfConduct, .acknowledgement, .checklist, .incidentReport] {
            let printed = try documents(kind)
            let languages = try PrintTools.exampleNames.map { example in
                try PrintTools.examplePolicy(example).languages.filter { kind.audience == .clients || staffLanguages.contains($0.code) }.count
            }
            #expect(printed.count == languages.reduce(0, +) * 2, "\(kind)")
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
                let name = MarkdownEscaper.normalisedText(behaviour.behaviour.text(in: report.language, primary: "en"))
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
