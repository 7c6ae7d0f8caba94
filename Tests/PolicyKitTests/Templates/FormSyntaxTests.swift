import Testing
@testable import PolicyKit

/// The line language of form blocks, and the check that finds its mistakes in templates
/// at their line before anything is filled.
@Suite struct FormSyntaxTests {
    private func line(_ text: String) -> FormSyntax.Line? {
        try? FormSyntax.parse(line: text).get()
    }

    private func problem(_ text: String) -> String? {
        if case .failure(let problem) = FormSyntax.parse(text) { return "\(problem.line): \(problem.message)" }
        return nil
    }

    @Test func eachKeywordReadsItsLine() {
        #expect(line("[fields] Date | Time") == .fields([.init(text: "Date", choices: nil), .init(text: "Time", choices: nil)]))
        #expect(line("[lines 6] What happened") == .lines(count: 6, label: "What happened"))
        #expect(line("[lines 2]") == .lines(count: 2, label: ""))
        #expect(line("  [tick] Threats") == .tick("Threats"))
        #expect(line("[table] Name | Role") == .table(["Name", "Role"]))
        #expect(line("[row] Alarms | [ ] Yes [ ] No | |") == .row([
            .init(text: "Alarms", choices: nil), .init(text: "", choices: ["Yes", "No"]), .init(text: "", choices: nil), .init(text: "", choices: nil),
        ]))
        #expect(line("[rows 15]") == .rows(count: 15))
        #expect(line("[signature] Manager | Name | Date") == .signature(signer: "Manager", fields: [.init(text: "Name", choices: nil), .init(text: "Date", choices: nil)]))
        #expect(line("[fields] Police called? [ ] Yes [ ] No") == .fields([.init(text: "Police called?", choices: ["Yes", "No"])]))
        #expect(line("") == .empty)
    }

    @Test func escapedBarsAndBracketsAreText() {
        // Filling escapes these in every value, so a value never ends a cell or makes a tick box.
        #expect(line(#"[row] a \| b | \[ \] c"#) == .row([.init(text: #"a \| b"#, choices: nil), .init(text: #"\[ \] c"#, choices: nil)]))
        // An escaped backslash before the bar leaves the bar a separator.
        #expect(line(#"[row] a \\| b"#) == .row([.init(text: #"a \\"#, choices: nil), .init(text: "b", choices: nil)]))
    }

    @Test func mistakesSayWhatToWrite() {
        #expect(problem("[feilds] Date") == "1: unknown form keyword '[feilds]'; a form line starts with [fields], [lines N], [tick], [table], [row], [rows N] or [signature]; did you mean [fields]?")
        #expect(problem("Date: ____") == "1: every line of a form block starts with a keyword in brackets, such as [fields], [tick] or [table]; write other text outside the block")
        #expect(problem("[lines] What happened") == "1: [lines N] needs a number from 1 to 40, such as [lines 4]")
        #expect(problem("[rows 500]") == "1: [rows N] needs a number from 1 to 100, such as [rows 15]")
        #expect(problem("[tick] A\n[row] x | y") == "2: [row] must follow a [table] line that names the columns")
        #expect(problem("[table] A | B\n[row] 1 | 2 | 3") == "2: this row has 3 cells but its table has 2 columns; remove a '|' or add a column to the [table] line")
        #expect(problem("[table] A | B\n[row] x [ ] Yes | 2") == "2: a table cell holds text or tick boxes, not both; put 'x' in a column of its own")
        #expect(problem("[signature] Manager") == "1: [signature] needs a label for each blank after who signs, such as [signature] Manager | Name | Signature | Date")
        #expect(problem("[tick]") == "1: [tick] needs the text that goes beside the tick box")
        #expect(problem("[table] " + Array(repeating: "x", count: 13).joined(separator: " | ")) == "1: a table has at most 12 columns, and this one has 13; split it in two")
        #expect(problem("[table] A\n[rows 2]\n\n[row] x") == nil, "an empty line does not end a table")
    }

    @Test func templateFormMistakesAreReportedAtTheirLine() {
        let template = """
            # Report

            ```form
            [fields] Date
            {{#client_expectations.not_accepted}}
            [tick] {{behaviour}}
            {{/client_expectations.not_accepted}}
            {{#a}}[tick] {{b}}{{/a}}
            {{> partials/more}}
            [tik] Other
            {{behaviour}} [tick]
            [row] x
            ```

            [tik] is ordinary text outside a form block.
            ~~~~ form
            [lines 0] Notes
            ~~~~
            """
        let found = FormTemplateCheck.diagnostics(in: template, path: "en/report.md").map { "\($0.location!.line): \($0.message)" }
        #expect(found == [
            "10: unknown form keyword '[tik]'; a form line starts with [fields], [lines N], [tick], [table], [row], [rows N] or [signature]; did you mean [tick]?",
            "11: a form line must start with its keyword, such as [tick] or [row]; put the value after it ([tick] {{...}})",
            "12: [row] must follow a [table] line that names the columns",
            "17: [lines N] needs a number from 1 to 40, such as [lines 4]",
        ])
    }

    @Test func aBuildRefusesTemplatesWithBrokenFormsNamingFileAndLine() throws {
        var sources = TemplateSet.builtIn.sources
        sources["en/acknowledgement.md"] = "# Sign here\n\n```form\n[table] Name | Date\n[rows 15]\n[rwo] x\n```\n"
        #expect {
            _ = try DocumentBuilder(templates: TemplateSet(sources: sources))
        } throws: { error in
            let diagnostics = (error as? DiagnosticList)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].path == "en/acknowledgement.md" && diagnostics[0].location?.line == 6
                && diagnostics[0].message.contains("did you mean [row]?")
        }
    }

    @Test func theBuiltInTemplatesFormsAreWellFormed() {
        for (path, source) in TemplateSet.builtIn.sources {
            #expect(FormTemplateCheck.diagnostics(in: source, path: path).isEmpty, "\(path)")
        }
    }
}
