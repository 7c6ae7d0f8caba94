import Foundation
import Testing
@testable import PolicyKit

/// The documents built on forms: the incident report, the acknowledgement and the checklist
/// as a record, and the code of conduct as a handout, made from each example's settings.
@Suite struct FormDocumentsTests {
    static let builder = Result { try DocumentBuilder() }

    /// The document's files by format, in the primary language.
    private func build(_ kind: DocumentKind, _ policy: Policy, paper: PaperSize = .a4) throws -> (html: String, text: String, markdown: String) {
        let files = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [kind], formats: [.html, .text, .markdown], paper: paper)).files
        func file(_ name: String) throws -> String {
            String(decoding: try #require(files.first { $0.name == name }).bytes, as: UTF8.self)
        }
        return (try file("\(kind.rawValue).html"), try file("\(kind.rawValue).txt"), try file("\(kind.rawValue).md"))
    }

    private func english(_ text: LocalizedText, _ policy: Policy) -> String {
        MarkdownEscaper.normalisedText(text.text(in: "en", primary: policy.primaryLanguage.code))
    }

    @Test(arguments: PrintTools.exampleNames)
    func theIncidentReportListsEveryBehaviourAndLadderStepOfItsSettings(example: String) throws {
        let policy = try PrintTools.examplePolicy(example)
        let report = try build(.incidentReport, policy)
        let behaviours = policy.clientExpectations.notAccepted.map { english($0.behaviour, policy) }
        #expect(behaviours.count >= 9)
        for behaviour in behaviours {
            #expect(report.html.contains("<li><span class=\"form-box\">☐</span> \(HTMLEscaping.escape(behaviour))</li>"), "\(behaviour)")
            #expect(report.text.contains("☐ \(behaviour)"), "\(behaviour)")
            #expect(report.markdown.contains("- [ ] \(FormMarkdown.inline([.text(behaviour)]))\n"), "\(behaviour)")
        }
        #expect(!policy.consequences.ladder.isEmpty)
        for (index, step) in policy.consequences.ladder.enumerated() {
            let row = "<tr><th scope=\"row\">\(index + 1)</th><td>\(HTMLEscaping.escape(english(step.response, policy)))</td><td>\(HTMLEscaping.escape(english(step.decidedBy, policy)))</td><td class=\"form-choices\"><span class=\"form-box\">☐</span></td></tr>"
            #expect(report.html.contains(row), "step \(index + 1)")
            let words = english(step.response, policy).split(separator: " ").prefix(3).joined(separator: " ")
            #expect(report.text.contains(words), "step \(index + 1)")
        }
        for person in policy.reporting.notify {
            #expect(report.html.contains("<tr><th scope=\"row\">\(HTMLEscaping.escape(english(person, policy)))</th><td class=\"form-blank-cell\"></td><td class=\"form-blank-cell\"></td></tr>"))
        }
        let deadline = Language.english.counted(policy.reporting.incidentReportHours, .hour)
        #expect(report.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("within \(deadline) of the incident"))
        #expect(report.text.contains("Were the police called? ☐ Yes  ☐ No  Police report number ____"))
        #expect(report.text.contains("Debrief with ____"))
        #expect(report.text.contains("Person reporting\nName ____"))
        #expect(report.text.contains("Manager\nName ____"))
        #expect(report.html.components(separatedBy: "<div class=\"form-rule\"></div>").count - 1 == 12)
    }

    @Test func theAcknowledgementHasTheStatementAndFifteenRowsToSign() throws {
        let policy = try PrintTools.examplePolicy("harbourview-ca")
        let page = try build(.acknowledgement, policy)
        #expect(page.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("I have read and understood the Staff Safety Handbook, version 2.1, in effect from 15 January 2026."))
        #expect(page.html.contains("<tr><th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Signature</th><th scope=\"col\">Date</th></tr>"))
        #expect(page.html.components(separatedBy: "<tr class=\"form-blank-row\">").count - 1 == 15)
        let rows = page.text.split(separator: "\n").filter { $0.hasPrefix("____") }
        #expect(rows.count == 15)
        #expect(rows.allSatisfy { $0.split(separator: " ").count == 4 && $0.count <= 72 })
        #expect(page.markdown.components(separatedBy: "\n|   |   |   |   |").count - 1 == 15)
    }

    @Test func theChecklistIsARecordWithActionsSignOffAndTheNextAssessment() throws {
        var policy = TemplateFixtures.fullPolicy()
        let record = try build(.checklist, policy)
        #expect(record.html.contains("<th scope=\"col\">Item</th><th scope=\"col\">In place</th><th scope=\"col\">Action needed</th><th scope=\"col\">Who</th><th scope=\"col\">By when</th>"))
        let rows = record.html.components(separatedBy: "<td class=\"form-choices\"><span class=\"form-choice\"><span class=\"form-box\">☐</span> Yes</span>").count - 1
        #expect(rows >= 20)
        #expect(record.text.contains("Date of assessment ____"))
        #expect(record.text.contains("Assessed by ____"))
        #expect(record.text.contains("Assessor\nName ____"))
        #expect(record.text.contains("The next assessment is due by 15 January 2027"))
        policy.metadata.nextReview = nil
        let undated = try build(.checklist, policy)
        #expect(!undated.text.contains("The next assessment is due by"))
        #expect(undated.text.contains("Next assessment due by ____"))
    }

    @Test func theCodeOfConductIsAClientHandoutInEveryClientLanguage() throws {
        var policy = try PrintTools.examplePolicy("harbourview-ca")
        policy.languages = [.english, .french, .spanish]
        let files = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [.codeOfConduct], formats: [.text])).files
        #expect(files.map(\.name) == ["code-of-conduct.txt", "code-of-conduct.fr.txt", "code-of-conduct.es.txt"])
        let english = String(decoding: files[0].bytes, as: UTF8.self)
        for behaviour in policy.clientExpectations.notAccepted {
            #expect(english.contains(self.english(behaviour.behaviour, policy)))
        }
        #expect(english.contains(policy.emergency.emergencyNumber))
        #expect(DocumentKind.codeOfConduct.audience == .clients)
        #expect(DocumentKind.codeOfConduct.displayName(in: .french) == "Code de conduite des usagers")
    }

    @Test func pageLimitsAreThoseOfTheirPaper() {
        #expect(DocumentKind.allCases.filter(\.printsOnOnePage) == [.poster, .codeOfConduct, .card, .acknowledgement, .letter])
        #expect(DocumentKind.letter.pageLimit == 1)
        #expect(DocumentKind.checklist.pageLimit == 2 && DocumentKind.incidentReport.pageLimit == 2)
        #expect(DocumentKind.standard == DocumentKind.allCases.filter { $0 != .changes })
        #expect(DocumentKind.incidentReport.tooLongAdvice(pages: 3, sheet: .letter, name: "incident-report")
            == "incident-report prints on 3 pages of Letter, not 2 (front and back); shorten the lists and texts it shows from the settings file")
    }

    /// Settings values that reach a form's cells, tick boxes and labels stay text in every
    /// format: the same rows, boxes and cells as harmless values give, and the value shown
    /// as written.
    @Test(arguments: [DocumentKind.incidentReport, .checklist, .acknowledgement])
    func hostileValuesInFormsStayTextInEveryFormat(_ kind: DocumentKind) throws {
        let base = TemplateFixtures.fullPolicy()
        let harmless = try build(kind, TemplateFixtures.withEveryText(base) { "Value \($0)z" })
        func shape(_ html: String) -> [Int] {
            ["<tr", "<td", "<th", "form-box", "<li", "form-field", "<a ", "<script", "<em>", "<strong>"].map { html.components(separatedBy: $0).count }
        }
        for value in ["<script>alert(1)</script> | x", "[ ] Yes [ ] No | [row] y", "*a* `b` [c](javascript:x) \\| \\\\", "&lt;i&gt; \n[tick] z"] {
            let policy = TemplateFixtures.withEveryText(base) { "\(value) \($0)z" }
            let hostile = try build(kind, policy)
            let shown = MarkdownEscaper.normalisedText(value)
            #expect(shape(hostile.html) == shape(harmless.html), "\(value)")
            #expect(hostile.html.contains(HTMLEscaping.escape(shown)), "\(value)")
            #expect(hostile.text.contains(shown), "\(value)")
            #expect(TemplateFixtures.structure(of: hostile.markdown) == TemplateFixtures.structure(of: harmless.markdown), "\(value)")
            #expect(TemplateFixtures.visibleText(of: hostile.markdown).contains(shown), "\(value)")
        }
    }
}
