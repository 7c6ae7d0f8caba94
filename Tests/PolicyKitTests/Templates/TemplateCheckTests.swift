import Foundation
import Testing
@testable import PolicyKit

/// Mistakes in templates fail when the filler is created, each with the template's path and line.
@Suite struct TemplateCheckTests {
    /// The built-in templates with some replaced or added.
    private func templates(_ changes: [String: String]) -> TemplateSet {
        var sources = builtInTemplateSources
        for (key, text) in changes { sources[key] = text }
        return TemplateSet(sources: sources)
    }

    /// The diagnostics creating a filler over `changes` gives, as `path:line: message` lines.
    private func problems(_ changes: [String: String]) -> [String] {
        do {
            _ = try DocumentFiller(templates: templates(changes))
            return []
        } catch {
            return error.diagnostics.map { "\($0.path ?? "-"):\($0.location?.line ?? 0): \($0.message)" }
        }
    }

    @Test func theBuiltInTemplatesPassEveryCheck() throws {
        _ = try DocumentFiller()
        #expect(Set(builtInTemplateSources.keys).isSuperset(of: DocumentKind.allCases.map { "en/\($0.rawValue).md" }))
    }

    @Test func anUndefinedNameFailsWithPathAndLine() {
        let reporting = builtInTemplateSources["en/partials/reporting.md"]! + "\nDue in {{reporting.deadline_hours}} hours.\n"
        let line = reporting.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(problems(["en/partials/reporting.md": reporting]) == [
            "en/partials/reporting.md:\(line): unknown name 'reporting.deadline_hours'",
        ])
    }

    @Test func windowsLineEndsCountLinesTheSameWay() throws {
        #expect(problems(["en/card.md": "# Card\r\n\r\n{{organisation.nmae}}\r\n"]) == [
            "en/card.md:3: unknown name 'organisation.nmae'; did you mean 'organisation.name'?",
        ])
        let card = try DocumentFiller(templates: templates(["en/card.md": "# Card\r\n{{#premises.cctv}}\r\nCameras\r\n{{/premises.cctv}}\r\nEnd\r\n"]))
            .markdown(for: .card, policy: TemplateFixtures.defaultPolicy())
        #expect(card == "# Card\r\nEnd\r\n")
    }

    @Test func diagnosticsShowTheTemplateLineWithACaret() throws {
        let set = templates(["en/card.md": "# Card\n\nCall é {{contacts.director.titel}} now.\n"])
        do {
            _ = try DocumentFiller(templates: set)
            Issue.record("expected an error")
        } catch {
            let shown = DiagnosticFormatter(sources: set.diagnosticSources).format(error.diagnostics)
            #expect(shown == """
                en/card.md:3:8: error: unknown name 'contacts.director.titel'; did you mean 'contacts.director.title'?
                Call é {{contacts.director.titel}} now.
                       ^

                """)
            #expect(error.diagnostics[0].location?.offset == 16)
        }
    }

    @Test func aMisspeltNameSuggestsTheNearestOne() {
        let found = problems(["en/card.md": "# Card\n\n{{organisation.nmae}}\n"])
        #expect(found == ["en/card.md:3: unknown name 'organisation.nmae'; did you mean 'organisation.name'?"])
    }

    @Test func namesInsideAnEmptyOrSkippedSectionAreStillChecked() {
        // other_numbers is empty by default and the guard is off: the mistake is still caught.
        let card = "{{#emergency.other_numbers}}\n{{nmae}}\n{{/emergency.other_numbers}}\n{{#premises.security_guard}}{{premises.guard_name}}{{/premises.security_guard}}\n"
        #expect(problems(["en/card.md": card]) == [
            "en/card.md:2: unknown name 'nmae'; did you mean 'name'?",
            "en/card.md:4: unknown name 'premises.guard_name'",
        ])
    }

    @Test func listItemNamesResolveInsideTheItemAndOutsideIt() {
        let card = "{{#consequences.ladder}}\n{{position}}. {{response}} ({{organisation.name}})\n{{/consequences.ladder}}\n{{response}}\n"
        #expect(problems(["en/card.md": card]) == ["en/card.md:4: unknown name 'response'"])
    }

    @Test func anOptionalValueMustBeUsedInsideItsSection() {
        let found = problems(["en/card.md": "Phone: {{organisation.phone}}\n{{#contacts.security}}{{title}}{{/contacts.security}}\n{{contacts.eap.title}}\n"])
        #expect(found == [
            "en/card.md:1: 'organisation.phone' is optional and may be left out; use it inside {{#organisation.phone}}...{{/organisation.phone}}",
            "en/card.md:3: 'contacts.eap' is optional and may be left out; use it inside {{#contacts.eap}}...{{/contacts.eap}}",
        ])
    }

    @Test func aListOrGroupCannotBePrintedAsAValue() {
        let found = problems(["en/card.md": "{{client_rights}} {{premises}}\n"])
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("en/card.md:1: 'client_rights' is a list"))
    }

    @Test func anUnknownPartialFails() {
        #expect(problems(["en/card.md": "# Card\n{{> partials/reportin}}\n"]) == [
            "en/card.md:2: unknown partial 'partials/reportin'; did you mean 'partials/reporting'?",
        ])
    }

    @Test func partialsIncludingEachOtherFailInsteadOfRecursing() {
        let found = problems([
            "en/card.md": "# Card\n{{> partials/a}}\n",
            "en/partials/a.md": "A\n{{> partials/b}}\n",
            "en/partials/b.md": "B\n\n{{#premises.cctv}}\n{{> partials/a}}\n{{/premises.cctv}}\n",
        ])
        #expect(found == ["en/partials/b.md:4: partials include each other in a cycle: partials/a -> partials/b -> partials/a"])
        #expect(problems(["en/card.md": "{{> card}}\n"]) == ["en/card.md:1: partials include each other in a cycle: card -> card"])
    }

    @Test func unclosedAndMismatchedSectionsFail() {
        #expect(problems(["en/card.md": "# Card\n\n{{#premises.cctv}}\nCameras.\n"]) == [
            "en/card.md:3: section 'premises.cctv' is never closed (no '{{/premises.cctv}}')",
        ])
        #expect(problems(["en/card.md": "{{#premises.cctv}}\n{{/premises.barriers}}\n"]) == [
            "en/card.md:2: '{{/premises.barriers}}' does not close 'premises.cctv', opened at line 1",
        ])
        #expect(problems(["en/card.md": "text\n{{/premises.cctv}}\n"]) == [
            "en/card.md:2: '{{/premises.cctv}}' closes a section that was never opened",
        ])
        #expect(problems(["en/card.md": "text\n\n{{organisation.name\n"]) == ["en/card.md:3: tag is never closed (no '}}')"])
    }

    @Test func featuresThatBypassEscapingAreRejected() {
        let found = problems(["en/card.md": "{{{organisation.name}}}\n{{&organisation.name}}\n{{%CONTENT_TYPE:TEXT}}\n{{=<% %>=}}\n{{>*x}}\n"])
        #expect(found.count == 5)
        #expect(found.allSatisfy { $0.hasPrefix("en/card.md:") })
        #expect(found[0] == "en/card.md:1: unescaped value '{{{organisation.name}}' is not allowed: every value is escaped for Markdown" || found[0].contains("unescaped value"))
    }

    @Test func aMissingDocumentTemplateFails() {
        var sources = builtInTemplateSources
        sources["en/card.md"] = nil
        #expect(throws: DiagnosticList.self) { try DocumentFiller(templates: TemplateSet(sources: sources)) }
    }

    @Test func partialsEscapeValuesLikeTopLevelTemplates() throws {
        // Values in partials go through the same Markdown escaping as in documents.
        let set = templates([
            "en/card.md": "Top: {{organisation.name}}\n{{> partials/escape-probe}}\n{{#consequences.ladder}}\n{{> partials/escape-probe}}\n{{/consequences.ladder}}\n",
            "en/partials/escape-probe.md": "Partial: {{organisation.name}}\n",
        ])
        var policy = TemplateFixtures.defaultPolicy()
        policy.organisation.name = "A & <B> *C*"
        let card = try DocumentFiller(templates: set).markdown(for: .card, policy: policy)
        #expect(!card.contains("&amp;") && !card.contains("&lt;"))
        let lines = card.split(separator: "\n")
        #expect(lines.count == 2 + policy.consequences.ladder.count)
        #expect(Set(lines.map { $0.split(separator: ":", maxSplits: 1)[1] }).count == 1)
        #expect(TemplateFixtures.visibleText(of: card).contains("Partial: A & <B> *C*"))
    }

    @Test func parentTemplatesAndBlocksEscapeAndAreChecked() throws {
        let set = templates([
            "en/card.md": "{{<frame}}\n{{$body}}\nBody: {{organisation.name}}\n{{/body}}\n{{/frame}}\n",
            "en/frame.md": "Frame: {{organisation.name}}\n{{$body}}\nDefault\n{{/body}}\n",
        ])
        var policy = TemplateFixtures.defaultPolicy()
        policy.organisation.name = "<i>A</i> & *B*"
        let card = try DocumentFiller(templates: set).markdown(for: .card, policy: policy)
        #expect(card == "Frame: \\<i\\>A\\</i\\> & \\*B\\*\nBody: \\<i\\>A\\</i\\> & \\*B\\*\n")
        #expect(problems([
            "en/card.md": "{{<frame}}\n{{$body}}\n{{organisation.nam}}\n{{/body}}\n{{/frame}}\n",
            "en/frame.md": "{{$body}}{{/body}}\n",
        ]) == ["en/card.md:3: unknown name 'organisation.nam'; did you mean 'organisation.name'?"])
        // A parent may live in a subfolder, like a partial.
        let nested = templates([
            "en/card.md": "{{<partials/frame}}\n{{$body}}\nBody\n{{/body}}\n{{/partials/frame}}\n",
            "en/partials/frame.md": "# {{organisation.name}}\n{{$body}}{{/body}}\n",
        ])
        #expect(try DocumentFiller(templates: nested).markdown(for: .card, policy: policy) == "# \\<i\\>A\\</i\\> & \\*B\\*\nBody\n")
        #expect(problems(["en/card.md": "{{<frame}}\n{{organisation.name}}\n{{/frame}}\n", "en/frame.md": "x\n"]) == [
            "en/card.md:2: only blocks ({{$name}}...{{/name}}) and text may appear inside a parent tag",
        ])
    }

    @Test func aFolderOverridesBuiltInTemplatesByRelativePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en/partials"), withIntermediateDirectories: true)
        try "Custom LOWLINE for {{organisation.name}}.\n".write(to: folder.appendingPathComponent("en/partials/lowline.md"), atomically: true, encoding: .utf8)
        let set = try TemplateSet.builtIn(overriddenBy: folder.path)
        let card = try DocumentFiller(templates: set).markdown(for: .card, policy: TemplateFixtures.defaultPolicy())
        #expect(card.contains("Custom LOWLINE for Harbourview Community Services."))
        #expect(card.contains("## If a client becomes hostile"))

        // A mistake in an overriding file is reported at that file's path.
        try "{{organisation.nme}}\n".write(to: folder.appendingPathComponent("en/partials/lowline.md"), atomically: true, encoding: .utf8)
        let broken = try TemplateSet.builtIn(overriddenBy: folder.path)
        #expect {
            try DocumentFiller(templates: broken)
        } throws: { error in
            let diagnostic = (error as? DiagnosticList)?.diagnostics.first
            return diagnostic?.path == folder.appendingPathComponent("en/partials/lowline.md").path && diagnostic?.location?.line == 1
        }
    }

    @Test func aTemplateFileThatIsNotTextIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("en/card.md"))
        #expect {
            try TemplateSet.builtIn(overriddenBy: folder.path)
        } throws: { error in
            let diagnostic = (error as? DiagnosticList)?.diagnostics.first
            return diagnostic?.message == "template file is not UTF-8 text" && diagnostic?.path == folder.path + "/en/card.md"
        }
    }

    @Test func aMissingTemplatesFolderIsAClearError() {
        #expect {
            try TemplateSet.builtIn(overriddenBy: "/nonexistent/policykit-templates")
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message == "templates folder '/nonexistent/policykit-templates' does not exist"
        }
    }

    @Test func exportWritesEveryTemplateAndRefusesToOverwrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try TemplateSet.builtIn.export(to: folder, overwrite: false)
        #expect(written.count == builtInTemplateSources.count)
        #expect(try String(contentsOfFile: folder + "/en/poster.md", encoding: .utf8) == builtInTemplateSources["en/poster.md"])
        try "changed".write(toFile: folder + "/en/poster.md", atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticList.self) { try TemplateSet.builtIn.export(to: folder, overwrite: false) }
        #expect(try String(contentsOfFile: folder + "/en/poster.md", encoding: .utf8) == "changed")
        _ = try TemplateSet.builtIn.export(to: folder, overwrite: true)
        #expect(try String(contentsOfFile: folder + "/en/poster.md", encoding: .utf8) == builtInTemplateSources["en/poster.md"])
    }
}
