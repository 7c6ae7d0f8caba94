/// The handbook as a board reads it: a cover (everything the template puts before its
/// first section), a contents list linking every section, then the sections. In a PDF
/// the contents show each section's page. WeasyPrint fills them in from CSS
/// `target-counter()`; Chromium ignores it, so the printer prints once, reads the page of
/// each section's link target from that PDF, and prints again with the numbers filled in
/// (`withPageNumbers`).
enum HandbookLayout {
    /// The id of the `index`-th section heading (from 1), which the contents link to.
    static func sectionID(_ index: Int) -> String {
        "section-\(index)"
    }

    /// `body` (rendered Markdown) rearranged: the cover, the contents, the sections.
    /// `logoHTML`, when the organisation has a logo, goes at the top of the cover.
    static func body(_ body: String, words: HandbookWords, logoHTML: String? = nil) -> String {
        let headings = sectionHeadings(in: body)
        guard let first = headings.first else { return body }
        var cover = String(body[..<first.range.lowerBound])
        if cover.hasSuffix("\n") { cover.removeLast() }
        var page = "<section class=\"cover\">\n"
        // The organisation's logo, when it has one, heads the cover.
        if let logoHTML { page += "<div class=\"cover-logo\">\(logoHTML)</div>\n" }
        page += cover + "\n</section>\n"
        page += "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n"
        page += "<h2 id=\"contents-title\">\(HTMLEscaping.escape(words.contents))</h2>\n<ol>\n"
        for (index, heading) in headings.enumerated() {
            let id = sectionID(index + 1)
            page += "<li><a href=\"#\(id)\"><span class=\"entry\">\(heading.inner)</span>"
            page += "<span class=\"page\" data-for=\"#\(id)\"></span></a></li>\n"
        }
        page += "</ol>\n</nav>\n"
        var rest = body[first.range.lowerBound...]
        for (index, heading) in headings.enumerated() {
            let start = rest.firstRange(of: "<h2>")!
            page += rest[..<start.lowerBound]
            page += "<h2 id=\"\(sectionID(index + 1))\">\(heading.inner)</h2>"
            rest = rest[rest[start.upperBound...].firstRange(of: "</h2>")!.upperBound...]
        }
        page += rest
        return page
    }

    /// `page` with each contents entry showing the page its section starts on.
    static func withPageNumbers(_ page: String, _ pages: [String: Int]) -> String {
        // Byte by byte, since every page of a build is searched and most are long.
        var result: [UInt8] = []
        var rest = page.utf8[...]
        while let entry = rest.firstRange(of: pageMarker.utf8),
              let quote = rest[entry.upperBound...].firstIndex(of: UInt8(ascii: "\"")) {
            let id = String(decoding: rest[entry.upperBound..<quote], as: UTF8.self)
            let opened = rest.index(after: quote)
            result += rest[..<opened]
            rest = rest[opened...]
            // Only an entry still without its number gets one.
            if let number = pages[id], rest.starts(with: "></span>".utf8) {
                result += ">\(number)".utf8
                rest = rest.dropFirst()
            }
        }
        result += rest
        return String(decoding: result, as: UTF8.self)
    }

    /// The section ids the contents link to, which the printed PDF keeps as named destinations.
    static func linkedSections(in page: String) -> [String] {
        var ids: [String] = []
        var rest = page.utf8[...]
        while let entry = rest.firstRange(of: pageMarker.utf8),
              let quote = rest[entry.upperBound...].firstIndex(of: UInt8(ascii: "\"")) {
            ids.append(String(decoding: rest[entry.upperBound..<quote], as: UTF8.self))
            rest = rest[quote...]
        }
        return ids
    }

    /// What opens a contents entry's page number, before its section id.
    private static let pageMarker = "<span class=\"page\" data-for=\"#"

    /// The `@page` rules of the handbook: `footer` at the foot of every page beside
    /// "page N of M".
    static func runningFooterCSS(_ footer: String, words: HandbookWords) -> String {
        """
        @media print {
          @page {
            @bottom-left { content: \(cssString(footer)); font: 8.5pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; }
            @bottom-right { content: \(cssString(words.pageBefore)) counter(page) \(cssString(words.pageBetween)) counter(pages); font: 8.5pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; white-space: nowrap; }
          }
        }

        """
    }

    /// A CSS string holding `text` exactly: every character but letters, digits and spaces
    /// written as an escape, so no value can end the string or the rule.
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result + "\""
    }

    private struct Heading {
        var range: Range<String.Index>
        var inner: Substring
    }

    /// The `<h2>` elements of rendered Markdown (cmark writes them without attributes).
    private static func sectionHeadings(in body: String) -> [Heading] {
        var headings: [Heading] = []
        var searchFrom = body.startIndex
        while let open = body[searchFrom...].firstRange(of: "<h2>"),
              let close = body[open.upperBound...].firstRange(of: "</h2>") {
            headings.append(Heading(range: open.lowerBound..<close.upperBound, inner: body[open.upperBound..<close.lowerBound]))
            searchFrom = close.upperBound
        }
        return headings
    }
}

/// The handbook's own words around the template's text, in the document's language.
struct HandbookWords: Sendable {
    var contents: String
    var version: String
    /// "Page " and " of ", around the page number and the page count.
    var pageBefore: String
    var pageBetween: String

    init(language code: String) {
        switch code.split(separator: "-").first.map(String.init) ?? code {
        case "fr": (contents, version, pageBefore, pageBetween) = ("Sommaire", "Version", "Page ", " sur ")
        case "es": (contents, version, pageBefore, pageBetween) = ("Índice", "Versión", "Página ", " de ")
        default: (contents, version, pageBefore, pageBetween) = ("Contents", "Version", "Page ", " of ")
        }
    }
}
