/// A standalone HTML5 page around a rendered body: charset, viewport, title and
/// an embedded stylesheet for screen and print. No scripts and no external
/// resources, so the file prints and opens anywhere, and the same inputs always
/// give the same bytes.
struct HTMLDocument: Equatable, Sendable {
    var title: String
    /// A BCP 47 language tag, e.g. `en` or `fr-CA`.
    var language: String
    /// The direction of the language's script, for the page's `dir`.
    var direction: Language.Direction
    var paper: PaperSize
    var style: DocumentStyle
    /// Trusted HTML for the page's `<main>`, such as `MarkdownRenderer.html(fromMarkdown:)`.
    var bodyHTML: String
    /// For the handbook: the text at the foot of every printed page, beside its number.
    var runningFooter: String?
    /// Trusted HTML of the organisation's logo (an `<img>` with the picture embedded), which
    /// heads the handbook's cover; nil without a logo.
    var logoHTML: String?

    init(title: String, language: String, direction: Language.Direction = .leftToRight,
                paper: PaperSize, style: DocumentStyle, bodyHTML: String, runningFooter: String? = nil) {
        self.runningFooter = runningFooter
        self.title = title
        self.language = language
        self.direction = direction
        self.paper = paper
        self.style = style
        self.bodyHTML = bodyHTML
    }

    /// The page's complete HTML, ending with a newline.
    var text: String {
        var page = ""
        page.reserveCapacity(bodyHTML.utf8.count + 6000)
        page += "<!doctype html>\n"
        page += "<html lang=\"\(HTMLEscaping.escape(language))\" dir=\"\(direction.rawValue)\">\n"
        page += "<head>\n"
        page += "<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // HTML requires a non-empty title.
        let shownTitle = title.allSatisfy(\.isWhitespace) ? "Document" : title
        page += "<title>\(HTMLEscaping.escape(shownTitle))</title>\n"
        page += "<style>\n"
        page += DocumentStylesheet.css(paper: paper, style: style)
        let words = HandbookWords(language: language)
        if style == .handbook, let runningFooter {
            page += HandbookLayout.runningFooterCSS(runningFooter, words: words)
        }
        page += "</style>\n"
        page += "</head>\n"
        page += "<body class=\"\(style.rawValue)\">\n"
        page += "<main>\n"
        let body = style == .handbook ? HandbookLayout.body(bodyHTML, words: words, logoHTML: logoHTML) : bodyHTML
        page += body
        if !body.isEmpty && !body.hasSuffix("\n") { page += "\n" }
        page += "</main>\n"
        page += "</body>\n"
        page += "</html>\n"
        return page
    }
}
