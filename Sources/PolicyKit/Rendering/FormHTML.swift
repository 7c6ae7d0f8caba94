/// A form as HTML: a real `<table>` with column (and row) headings, tick boxes as ☐
/// beside their text, and blanks and ruled lines drawn by the stylesheet (`FormStylesheet`).
/// Every text is escaped; links keep only destinations cmark's safe mode keeps, and raw
/// HTML is dropped, as in the rest of the page.
enum FormHTML {
    static let tickBox = "\u{2610}"

    static func html(_ form: MarkdownForm) -> String {
        var html = "<div class=\"form\">\n"
        for part in form.parts {
            switch part {
            case .fields(let fields):
                html += fieldsHTML(fields)
            case .writingLines(let label, let count):
                html += "<div class=\"form-lines\">\n"
                if !label.isEmpty { html += "<p class=\"form-label\">\(inline(label))</p>\n" }
                html += String(repeating: "<div class=\"form-rule\"></div>\n", count: count)
                html += "</div>\n"
            case .tickBoxes(let labels):
                html += "<ul class=\"form-ticks\">\n"
                for label in labels { html += "<li>\(box)\(inline(label))</li>\n" }
                html += "</ul>\n"
            case .table(let table):
                html += tableHTML(table)
            case .signature(let signer, let fields):
                html += "<div class=\"form-signature\">\n<p class=\"form-signer\">\(inline(signer))</p>\n"
                html += fieldsHTML(fields)
                html += "</div>\n"
            }
        }
        return html + "</div>\n"
    }

    /// The box and a space that keeps it beside its label.
    private static let box = "<span class=\"form-box\">\(tickBox)</span> "

    private static func fieldsHTML(_ fields: [FormField]) -> String {
        var html = "<div class=\"form-fields\">\n"
        for field in fields {
            html += "<p class=\"form-field\"><span class=\"form-label\">\(inline(field.label))</span>"
            if field.choices.isEmpty {
                html += " <span class=\"form-blank\"></span>"
            } else {
                html += choicesHTML(field.choices)
            }
            html += "</p>\n"
        }
        return html + "</div>\n"
    }

    private static func choicesHTML(_ choices: [[MarkdownInline]]) -> String {
        choices.map { " <span class=\"form-choice\">\(box)\(inline($0))</span>" }.joined()
    }

    private static func tableHTML(_ table: FormTable) -> String {
        var html = "<table class=\"form-table\">\n<colgroup>"
        // The columns' shares of the width, as the plain text would set them on a wide line.
        let widths = FormText.columnWidths(table, width: 100, forHandwriting: true)
        let total = max(1, widths.reduce(0, +))
        for width in widths { html += "<col style=\"width: \((width * 1000 / total + 5) / 10)%\">" }
        html += "</colgroup>\n<thead>\n<tr>"
        for column in table.columns {
            // A heading cell must name its column; an empty one is an ordinary cell.
            html += column.isEmpty ? "<td></td>" : "<th scope=\"col\">\(inline(column))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            // A row with nothing in it is for writing a whole entry, a signature among them.
            html += row.allSatisfy({ $0 == .blank }) ? "<tr class=\"form-blank-row\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                switch cell {
                case .text(let text) where index == 0 && !text.isEmpty:
                    html += "<th scope=\"row\">\(inline(text))</th>"
                case .text(let text):
                    html += "<td>\(inline(text))</td>"
                case .blank:
                    html += "<td class=\"form-blank-cell\"></td>"
                case .tickBoxes(let labels):
                    html += "<td class=\"form-choices\">" + labels.map { label in
                        label.isEmpty ? "<span class=\"form-box\">\(tickBox)</span>" : "<span class=\"form-choice\">\(box)\(inline(label))</span>"
                    }.joined(separator: " ") + "</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Inline Markdown as HTML, as cmark's safe mode renders it.
    static func inline(_ inlines: [MarkdownInline]) -> String {
        var html = ""
        for item in inlines {
            switch item {
            case .text(let text):
                html += HTMLEscaping.escape(text)
            case .softBreak:
                html += "\n"
            case .lineBreak:
                html += "<br>\n"
            case .code(let code):
                html += "<code>\(HTMLEscaping.escape(code))</code>"
            case .html:
                break
            case .emphasis(let children):
                html += "<em>\(inline(children))</em>"
            case .strong(let children):
                html += "<strong>\(inline(children))</strong>"
            case .link(let destination, let title, let children):
                let href = URLSafety.isDangerous(destination) ? "" : destination
                html += "<a href=\"\(escapeHref(href))\""
                if !title.isEmpty { html += " title=\"\(HTMLEscaping.escape(title))\"" }
                html += ">\(inline(children))</a>"
            case .image(_, _, let children):
                // A form is printed to be filled in; an image in one shows as its description.
                html += HTMLEscaping.escape(MarkdownInline.plainText(of: children))
            }
        }
        return html
    }

    /// A link destination as cmark writes it into `href`: characters a URL may hold as they
    /// are, everything else percent-encoded, and `&` and `'` as entities.
    static func escapeHref(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "-_.+!*(),%#@?=;:/$~".utf8.contains(byte) {
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = Array("0123456789ABCDEF".unicodeScalars)
                    result += "%"
                    result.unicodeScalars.append(hex[Int(byte >> 4)])
                    result.unicodeScalars.append(hex[Int(byte & 15)])
                }
            }
        }
        return result
    }
}
