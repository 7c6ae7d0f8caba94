import Testing
@testable import PolicyKit

/// A form block in Markdown becomes typed values, then a real table and ☐ boxes in HTML,
/// a fill-in template in plain text, and task lists and pipe tables in Markdown.
@Suite struct FormRenderingTests {
    static let sample = """
        # Report

        ```form
        [fields] Date | Time
        [fields] Police called? [ ] Yes [ ] No | Report number
        [lines 2] What *happened*
        [tick] Threats
        [tick] Damage to property
        [table] Item | In place | Action needed
        [row] Duress alarms work | [ ] Yes [ ] No |
        [rows 2]
        [signature] Manager | Name | Date
        ```

        After the form.
        """

    @Test func aFormBlockReadsAsTypedParts() throws {
        let document = MarkdownDocument(parsing: Self.sample)
        #expect(document.blocks.count == 3)
        guard case .form(let form) = document.blocks[1] else {
            Issue.record("not a form: \(document.blocks[1])")
            return
        }
        #expect(form.parts == [
            .fields([FormField(label: [.text("Date")]), FormField(label: [.text("Time")])]),
            .fields([FormField(label: [.text("Police called?")], choices: [[.text("Yes")], [.text("No")]]), FormField(label: [.text("Report number")])]),
            .writingLines(label: [.text("What "), .emphasis([.text("happened")])], count: 2),
            .tickBoxes([[.text("Threats")], [.text("Damage to property")]]),
            .table(FormTable(
                columns: [[.text("Item")], [.text("In place")], [.text("Action needed")]],
                rows: [
                    [.text([.text("Duress alarms work")]), .tickBoxes([[.text("Yes")], [.text("No")]]), .blank],
                    [.blank, .blank, .blank],
                    [.blank, .blank, .blank],
                ])),
            .signature(signer: [.text("Manager")], fields: [FormField(label: [.text("Name")]), FormField(label: [.text("Date")])]),
        ])
    }

    @Test func aBlockThatIsNotAFormStaysCodeAsWritten() {
        let document = MarkdownDocument(parsing: "```form\nDate: ____\n```\n")
        #expect(document.blocks == [.codeBlock(info: "form", literal: "Date: ____\n")])
        #expect(MarkdownRenderer.html(fromMarkdown: "```form\nDate: ____\n```\n") == "<pre><code class=\"language-form\">Date: ____\n</code></pre>\n")
    }

    @Test func htmlHasARealTableWithHeadingsAndTickBoxes() {
        let html = MarkdownRenderer.html(fromMarkdown: Self.sample)
        #expect(html.hasPrefix("<h1>Report</h1>\n<div class=\"form\">\n"))
        #expect(html.hasSuffix("</div>\n<p>After the form.</p>\n"))
        #expect(html.contains("<thead>\n<tr><th scope=\"col\">Item</th><th scope=\"col\">In place</th><th scope=\"col\">Action needed</th></tr>\n</thead>"))
        #expect(html.contains("<tr><th scope=\"row\">Duress alarms work</th><td class=\"form-choices\"><span class=\"form-choice\"><span class=\"form-box\">☐</span> Yes</span> <span class=\"form-choice\"><span class=\"form-box\">☐</span> No</span></td><td class=\"form-blank-cell\"></td></tr>"))
        #expect(html.components(separatedBy: "<tr class=\"form-blank-row\">").count == 3)
        #expect(html.contains("<ul class=\"form-ticks\">\n<li><span class=\"form-box\">☐</span> Threats</li>\n"))
        #expect(html.contains("<p class=\"form-label\">What <em>happened</em></p>\n<div class=\"form-rule\"></div>\n<div class=\"form-rule\"></div>\n"))
        #expect(html.contains("<p class=\"form-field\"><span class=\"form-label\">Date</span> <span class=\"form-blank\"></span></p>"))
        #expect(html.contains("<div class=\"form-signature\">\n<p class=\"form-signer\">Manager</p>"))
        // Column widths follow what the columns hold, and add up to the whole table.
        #expect(html.contains("<colgroup><col style=\"width: "))
    }

    @Test func theTreeIsTheSameAfterRenderingHTML() {
        // The form is swapped for HTML only while cmark renders, so the text renderer,
        // which walks the same parsed tree afterwards, still finds it.
        let both = MarkdownRenderer.renderings(of: Self.sample, html: true, textWidth: 72)
        #expect(both.html == MarkdownRenderer.html(fromMarkdown: Self.sample))
        #expect(both.text == MarkdownRenderer.plainText(fromMarkdown: Self.sample, width: 72))
        #expect(both.text!.contains("☐ Threats"))
    }

    @Test func plainTextIsAFillInTemplateWithinTheWidth() {
        let text = MarkdownRenderer.plainText(fromMarkdown: Self.sample, width: 60)
        #expect(text == """
            Report
            ======

            Date ________________________  Time ________________________
            Police called? ☐ Yes  ☐ No  Report number __________________

            What happened
            ____________________________________________________________
            ____________________________________________________________

            ☐ Threats
            ☐ Damage to property

            Item                    In place          Action needed
            ----------------------  ----------------  ------------------
            Duress alarms work      ☐ Yes ☐ No        __________________
            ______________________  ________________  __________________
            ______________________  ________________  __________________

            Manager
            Name ________________________  Date ________________________

            After the form.

            """)
        for width in [30, 44, 72, 100] {
            for line in MarkdownRenderer.plainText(fromMarkdown: Self.sample, width: width).split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
        }
    }

    @Test func narrowTablesWrapTheirTextWithinItsColumn() {
        let markdown = "```form\n[table] Step | What happens | Applied\n[row] 1 | A written warning, given in person or mailed to the client | [ ]\n```\n"
        #expect(MarkdownRenderer.plainText(fromMarkdown: markdown, width: 36) == """
            Step  What happens           Applied
            ----  ---------------------  -------
            1     A written warning,     ☐
                  given in person or
                  mailed to the client

            """)
    }

    @Test func noBreakSpacesOfTheTemplateAreKept() {
        // French puts one before a colon, so the colon never starts a line.
        let text = MarkdownRenderer.plainText(fromMarkdown: "```form\n[fields] Date\u{00A0}: | Heure\u{00A0}:\n[table] Oui\u{00A0}? | Non\n[row] [ ] | [ ]\n```\n", width: 40)
        #expect(text.hasPrefix("Date\u{00A0}: ___"))
        #expect(text.contains("  Heure\u{00A0}: ___"))
        #expect(text.contains("Oui\u{00A0}?"))
        #expect(!text.contains("\u{E000}"))
    }

    @Test func markdownIsATaskListAndPipeTables() {
        let markdown = FormMarkdown.replacingForms(in: Self.sample)
        #expect(markdown == #"""
            # Report

            Date \_\_\_\_\_\_\_\_\_\_\_\_ Time \_\_\_\_\_\_\_\_\_\_\_\_

            Police called? ☐ Yes ☐ No Report number \_\_\_\_\_\_\_\_\_\_\_\_

            What *happened*\
            \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
            \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_

            - [ ] Threats
            - [ ] Damage to property

            | Item | In place | Action needed |
            | --- | --- | --- |
            | Duress alarms work | ☐ Yes ☐ No |   |
            |   |   |   |
            |   |   |   |

            Manager\
            Name \_\_\_\_\_\_\_\_\_\_\_\_ Date \_\_\_\_\_\_\_\_\_\_\_\_

            After the form.
            """#)
    }

    @Test func markdownWrittenBackReadsAsTheSameText() {
        let hostile: [MarkdownInline] = [.text("1. <b>x</b> | *y* [ ] `z` & \\ # - _w_")]
        let written = FormMarkdown.inline(hostile)
        #expect(FormParser.inlines(written) == hostile)
        let styled: [MarkdownInline] = [.text("Say "), .strong([.text("no")]), .text(" to "), .code("a`b"), .text(".")]
        #expect(FormParser.inlines(FormMarkdown.inline(styled)) == styled)
    }

    /// Values reach a form escaped for Markdown, as filling escapes them: whatever they
    /// hold, they stay text in every format and add no cell, row, box or markup.
    @Test(arguments: [
        "<script>alert(1)</script>",
        "a | b | c",
        "[ ] Yes [ ] No",
        "[row] x | y",
        "\\| \\\\| back\\slash",
        "*bold* `code` [link](javascript:alert(1)) <https://evil.example>",
        "line one\n[tick] line two",
        "&amp; &#60;b&#62;",
    ])
    func hostileValuesInCellsStayText(_ value: String) throws {
        let escaped = MarkdownEscaper.escape(value)
        let shown = MarkdownEscaper.normalisedText(value)
        let markdown = "```form\n[table] Item | In place | Who\n[row] \(escaped) | [ ] Yes [ ] No | \(escaped)\n[tick] \(escaped)\n[fields] \(escaped) | Date\n```\n"
        let document = MarkdownDocument(parsing: markdown)
        guard case .form(let form) = try #require(document.blocks.first) else {
            Issue.record("not a form for \(value)")
            return
        }
        #expect(form.parts == [
            .table(FormTable(columns: [[.text("Item")], [.text("In place")], [.text("Who")]],
                             rows: [[.text([.text(shown)]), .tickBoxes([[.text("Yes")], [.text("No")]]), .text([.text(shown)])]])),
            .tickBoxes([[.text(shown)]]),
            .fields([FormField(label: [.text(shown)]), FormField(label: [.text("Date")])]),
        ])
        let html = MarkdownRenderer.html(fromMarkdown: markdown)
        #expect(html.contains(HTMLEscaping.escape(shown)))
        #expect(!html.contains("<script") && !html.contains("<a ") && !html.contains("<em>") && !html.contains("<b>"))
        #expect(html.components(separatedBy: "<td").count == 3)
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: 200)
        #expect(text.contains("☐ " + shown))
        #expect(text.contains(shown + " ____"))
        let written = FormMarkdown.replacingForms(in: markdown)
        let reread = MarkdownDocument(parsing: written)
        #expect(!TemplateFixtures.nodeTypes(of: written).contains("html_inline"))
        #expect(!TemplateFixtures.nodeTypes(of: written).contains("link"))
        #expect(written.contains("- [ ] " + FormMarkdown.inline([.text(shown)])))
        #expect(reread.blocks.count == 3)
    }
}
