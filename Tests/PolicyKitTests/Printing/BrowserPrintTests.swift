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
                    let document = try #require(DocumentKind(rawValue: String(parts[0])))
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
        // Each example in English, French and Spanish, on two papers.
        #expect(posters.count == PrintTools.exampleNames.count * 2 * 3)
        for poster in posters {
            #expect(try Self.pages(poster.pdf) == 1, "\(poster.label)")
        }
    }

    @Test func theCardPrintsOnExactlyOnePageOnA4AndLetter() throws {
        for card in try documents(.card) {
            #expect(try Self.pages(card.pdf) == 1, "\(card.label)")
        }
    }

    @Test func eachDocumentPrintsOnThePaperAskedFor() throws {
        for document in try Self.printed.get() {
            let size = try Self.pageSize(document.pdf)
            switch document.paper {
            case .a4: #expect(size.contains("(A4)"), "\(document.pdf): \(size)")
            case .letter: #expect(size.contains("(letter)"), "\(document.pdf): \(size)")
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
        for checklist in try documents(.checklist) {
            // A tick box is drawn, not a character: the printed text has the items but no bullets.
            let text = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), [checklist.pdf, "-"])
            #expect(!text.contains("•"), "\(checklist.example): bullets printed instead of tick boxes")
            #expect(text.contains("Duress alarms") || text.contains("reception"))
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
