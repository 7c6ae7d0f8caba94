import Foundation
import Testing
@testable import PolicyKit

/// Every HTML document of every example passes axe-core 4 (the WCAG 2.0 to 2.2 A and AA
/// rules) in a real browser, as a reader's screen shows it and as it prints: headless
/// Chromium driven by selenium, with axe-core injected into each page (`axe_check.py`).
@Suite(.tags(.outsidePrograms, .chromium, .python), .leftOutOfQuickRuns)
struct AccessibilityTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("axe_check.py").path

    @Test func everyHTMLDocumentHasNoAxeViolations() throws {
        let python = try OutsideProgram.require("python3", installedBy: "python3 with selenium and axe-playwright-python from PyPI")
        _ = try OutsideProgram.require("chromedriver", installedBy: "the Debian package chromium-driver")
        _ = try PrintTools.requireChromium()
        let folder = try PrintTools.temporaryFolder("axe")
        var pages: [String] = []
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            // The paper changes only the @page rule, which axe does not look at.
            let files = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.html], paper: .a4)).files
            try OutputFolder(path: "\(folder)/\(example)").write(files)
            pages += files.map { "\(folder)/\(example)/\($0.name)" }
        }
        // Each example's languages, each with the standard documents it has templates for.
        let filler = try DocumentFiller()
        let expected = try PrintTools.exampleNames.map { example in
            let policy = try PrintTools.examplePolicy(example)
            return policy.languages.map { language in
                DocumentKind.standard.filter { filler.hasTemplate(for: $0, in: language) }
                    .map { $0 == .letter ? LetterContext.steps(of: policy).count : 1 }.reduce(0, +)
            }.reduce(0, +)
        }.reduce(0, +)
        #expect(pages.count == expected)
        let output = try PrintTools.run(python, [Self.script] + pages, timeLimit: 600)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]])
        // Each page once on screen and once in print.
        #expect(results.count == pages.count * 2)
        for (page, result) in results.sorted(by: { $0.key < $1.key }) {
            #expect(result["error"] == nil, "\(page): \(result["error"] ?? "")")
            #expect((result["version"] as? String)?.hasPrefix("4.") == true, "\(page): axe-core \(result["version"] ?? "?")")
            #expect((result["passes"] as? Int ?? 0) > 5, "\(page): too few rules ran")
            let violations = result["violations"] as? [[String: Any]] ?? []
            let described = violations.map { "\($0["id"] ?? "?") (\($0["impact"] ?? "?")): \($0["help"] ?? "") at \($0["nodes"] ?? "")" }
            #expect(violations.isEmpty, "\(page): \(described.joined(separator: "; "))")
        }
    }
}
