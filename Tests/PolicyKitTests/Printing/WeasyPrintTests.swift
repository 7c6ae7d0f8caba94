import Foundation
import Testing
@testable import PolicyKit

/// WeasyPrint, the other engine (`--pdf-engine weasyprint`), prints an example's documents.
@Suite(.tags(.outsidePrograms, .weasyprint), .leftOutOfQuickRuns)
struct WeasyPrintTests {
    @Test func aWeasyPrintBuildOfAnExamplePrintsEveryDocument() async throws {
        _ = try OutsideProgram.require("weasyprint", installedBy: "the PyPI package weasyprint (pip install weasyprint)")
        let out = try PrintTools.temporaryFolder("weasyprint")
        let settings = PrintTools.examples.appendingPathComponent("northgate-uk/settings.yaml").path
        // Two documents keep it quick: WeasyPrint starts a Python program for each one.
        let options = BuildOptions(documents: [.poster, .card], formats: [.pdf], pdfEngine: .weasyprint)
        let result = try await offTheTaskPool { SiteBuild(settings: [settings], out: out, options: options).run() }
        #expect(result.succeeded, "\(result.diagnostics.map(\.message))")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["card.es.pdf", "card.fr.pdf", "card.pdf", "poster.es.pdf", "poster.fr.pdf", "poster.pdf"], "\(names)")
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        for name in names {
            let text = try PrintTools.run(pdftotext, ["\(out)/\(name)", "-"])
            #expect(text.contains("Northgate"), "\(name) does not show the organisation's name")
            let info = try PrintTools.run(try PrintTools.requirePoppler("pdfinfo"), ["\(out)/\(name)"])
            #expect(info.contains("Producer:        WeasyPrint"), "\(name) was not printed by WeasyPrint")
        }
        let poster = try Data(contentsOf: URL(fileURLWithPath: "\(out)/poster.pdf"))
        #expect(String(decoding: poster.prefix(5), as: UTF8.self) == "%PDF-")
    }

    /// WeasyPrint fills in the contents' page numbers itself, from CSS `target-counter()`.
    @Test func theHandbooksContentsShowTheirPageNumbers() async throws {
        _ = try OutsideProgram.require("weasyprint", installedBy: "the PyPI package weasyprint (pip install weasyprint)")
        let policy = try PrintTools.examplePolicy("northgate-uk")
        let options = BuildOptions(documents: [.handbook], formats: [.pdf], pdfEngine: .weasyprint)
        let output = try await offTheTaskPool { try DocumentBuilder().build(for: policy, options: options) }
        let out = try PrintTools.temporaryFolder("weasyprint-handbook")
        let pdf = "\(out)/handbook.pdf"
        try Data(try #require(output.files.first { $0.name == "handbook.pdf" }).bytes).write(to: URL(fileURLWithPath: pdf))
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        let pages = try PrintTools.run(pdftotext, ["-layout", pdf, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let contents = try #require(pages.dropFirst().first, "the handbook has no second page")
        // "4. Your rights as a worker ..... 5": each entry ends with the page its section is on.
        let entries = contents.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).first?.isNumber == true }
        #expect(entries.count >= 10, "\(contents)")
        for entry in entries {
            let number = try #require(Int(entry.split(separator: " ").last ?? ""), "no page number: \(entry)")
            let title = entry.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(pages.indices.contains(number - 1) && pages[number - 1].contains(title), "\(title) is not on page \(number)")
        }
    }
}
