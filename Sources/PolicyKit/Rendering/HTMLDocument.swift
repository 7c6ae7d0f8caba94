/// A standalone HTML5 page around a rendered body: charset, viewport, title and
/// an embedded stylesheet for screen and print, the organisation's logo at the top and,
/// on the poster, its QR code. No scripts and no external resources (the logo is a
/// `data:` address), so the file prints and opens anywhere, and the same inputs always
/// give the same bytes. The logo and QR code belong to the layout, not the Markdown,
/// because rendering drops raw HTML from Markdown.
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
    /// nil: the sheet the style takes on `paper` (`DocumentStyle.sheet(paper:)`).
    var sheet: PageSheet?
    var branding = PageBranding()
    /// The address the page's QR code opens; nil for no code.
    var qrAddress: String?
    /// For the handbook: the text at the foot of every printed page, beside its number.
    var runningFooter: String?

    init(title: String, language: String, direction: Language.Direction = .leftToRight,
                paper: PaperSize, style: DocumentStyle, bodyHTML: String,
                sheet: PageSheet? = nil, branding: PageBranding = PageBranding(), qrAddress: String? = nil,
                runningFooter: String? = nil) {
        self.runningFooter = runningFooter
        self.title = title
        self.language = language
        self.direction = direction
        self.paper = paper
        self.style = style
        self.bodyHTML = bodyHTML
        self.sheet = sheet
        self.branding = branding
        self.qrAddress = qrAddress
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
        page += DocumentStylesheet.css(sheet: sheet ?? style.sheet(paper: paper), style: style, colour: branding.colour)
        page += ScriptFonts.css(forLanguage: language)
        let words = HandbookWords(language: language)
        if style == .handbook, let runningFooter {
            page += HandbookLayout.runningFooterCSS(runningFooter, words: words)
        }
        page += "</style>\n"
        page += "</head>\n"
        page += "<body class=\"\(style.rawValue)\">\n"
        // The QR code's SVG is made first: a page that has one lays out its foot around it.
        let qrSVG = qrAddress.flatMap(QRCodeSVG.svg(for:))
        page += qrSVG == nil ? "<main>\n" : "<main class=\"with-qr\">\n"
        // The organisation's name is the logo's text: it is what the image says.
        let logo = branding.logo.map { "<img src=\"\($0.dataURI)\" alt=\"\(HTMLEscaping.escape(branding.logoText))\">" }
        var body = bodyHTML
        if style == .handbook {
            // The handbook's logo heads its cover, after the running header's place.
            body = HandbookLayout.body(bodyHTML, words: words, logoHTML: logo)
        } else if let logo {
            page += "<div class=\"logo\">\(logo)</div>\n"
        }
        if qrSVG != nil, let qrAddress {
            body = PosterCaption.withAddressBreaks(body, address: WebAddress.typed(qrAddress))
        }
        page += body
        if !body.isEmpty && !body.hasSuffix("\n") { page += "\n" }
        if let svg = qrSVG {
            page += "<aside class=\"qr\">\(svg)</aside>\n"
        }
        page += "</main>\n"
        page += "</body>\n"
        page += "</html>\n"
        return page
    }
}

/// What makes a page the organisation's own: its logo and colour.
struct PageBranding: Equatable, Sendable {
    var logo: Logo?
    /// The logo's text alternative: the organisation's name.
    var logoText = ""
    var colour: CSSColour?

    init(logo: Logo? = nil, logoText: String = "", colour: CSSColour? = nil) {
        self.logo = logo
        self.logoText = logoText
        self.colour = colour
    }
}
