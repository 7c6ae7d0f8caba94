/// The CSS embedded in every standalone page: a shared base for screen and
/// print, the paper's `@page` rule, and the rules of the document's style.
/// Fonts are the reader's own, so the page needs nothing from outside.
/// Sides are logical (`padding-inline-start`, `border-inline-start`), so lists,
/// panels and tick boxes mirror on a right-to-left page.
enum DocumentStylesheet {
    /// The CSS of a page of `style` on `sheet`, in the organisation's `colour` when it has one.
    static func css(sheet: PageSheet, style: DocumentStyle, colour: CSSColour? = nil) -> String {
        base + sheet.pageRule + "\n" + FormStylesheet.css + rules(for: style, sheet: sheet) + (colour.map { brandRules(for: style, colour: $0) } ?? "")
    }

    /// The CSS of a page of `style` on the sheet it takes in `paper`'s family.
    static func css(paper: PaperSize, style: DocumentStyle) -> String {
        css(sheet: style.sheet(paper: paper), style: style)
    }

    /// Every heading's line height, which the page-count estimate measures with too.
    static let headingLineHeight = 1.25
    /// The printed logo's height in millimetres, above the title; the page-count estimate
    /// and the Word documents use it too.
    static let logoHeight = 16.0
    /// The code of conduct's smaller logo, in the corner beside its title.
    static let codeOfConductLogoHeight = 13.0

    private static let base = """
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: #111; overflow-wrap: break-word; -webkit-print-color-adjust: exact; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 1rem; line-height: 1.5; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1, h2, h3, h4, h5, h6 { line-height: \(CSSNumber.format(headingLineHeight)); margin: 1.6em 0 0.5em; }
        h1 { font-size: 1.9rem; margin-top: 0.5em; }
        h2 { font-size: 1.45rem; }
        h3 { font-size: 1.2rem; }
        p, ul, ol, blockquote, pre, table { margin: 0 0 1em; }
        ul, ol { padding-inline-start: 1.6em; }
        li > p { margin-bottom: 0.4em; }
        a { color: #0645ad; }
        blockquote { margin-inline-start: 0; padding: 0.5em 1em; border-inline-start: 0.3em solid #777; background: #f4f4f4; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
        pre { padding: 0.75em 1em; background: #f4f4f4; overflow-x: auto; white-space: pre-wrap; }
        hr { border: 0; border-top: 1px solid #999; margin: 1.5em 0; }
        img { max-width: 100%; height: auto; }
        .logo { margin: 0 0 0.75rem; }
        .logo img { display: block; height: 4.5rem; width: auto; max-width: 60%; object-fit: contain; }
        .qr svg { display: block; width: 30mm; height: 30mm; }
        @media print {
          body { font-family: Arial, "Liberation Sans", Helvetica, "Nimbus Sans", sans-serif; font-size: 11pt; line-height: 1.4; }
          main { max-width: none; margin: 0; padding: 0; }
          .logo img { height: \(CSSNumber.format(logoHeight))mm; }
          a { color: inherit; }
          blockquote, pre { background: none; border-color: #000; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
          p, li, blockquote, pre { orphans: 3; widows: 3; }
          pre, blockquote, li { break-inside: avoid; }
        }

        """

    private static func rules(for style: DocumentStyle, sheet: PageSheet) -> String {
        switch style {
        case .poster:
            return posterRules(sheet: sheet)
        case .codeOfConduct:
            // The handout is two columns on one sheet: the title, the emergency panel (its last
            // section) and the footer span both; the text stays at 14pt or more, for readers
            // who see less well. The logo sits in the top corner beside the title, not above
            // it, so that it costs no lines. `build --format pdf` warns when it overflows.
            return """
                body.code-of-conduct { color: #000; font-size: 1.25rem; }
                .code-of-conduct main { max-width: 52rem; }
                .code-of-conduct h1 { font-size: 2.6rem; margin-bottom: 0.4em; }
                .code-of-conduct h2 { font-size: 1.8rem; border-bottom: 0.12em solid #000; padding-bottom: 0.1em; }
                .code-of-conduct strong { font-weight: 800; }
                .code-of-conduct blockquote, .code-of-conduct .emergency { border: 0.2em solid #000; border-inline-start-width: 0.6em; background: #ffe9a8; color: #000; font-size: 1.35em; font-weight: 700; padding: 0.6em 1em; }
                .code-of-conduct blockquote strong, .code-of-conduct .emergency strong { white-space: nowrap; }
                @media print {
                  @page { margin: 6mm 9mm; }
                  body.code-of-conduct { font-size: 14pt; line-height: 1.07; }
                  .code-of-conduct main { column-count: 2; column-gap: 5mm; }
                  .code-of-conduct main > p:last-child { column-span: all; margin: 2pt 0 0; }
                  .code-of-conduct h1 { column-span: all; font-size: 25pt; line-height: 1.05; margin: 0; }
                  .code-of-conduct main > h1 + p { column-span: all; font-size: 15pt; margin: 0; }
                  .code-of-conduct .logo { position: absolute; inset-block-start: 0; inset-inline-end: 0; margin: 0; }
                  .code-of-conduct .logo img { height: \(CSSNumber.format(codeOfConductLogoHeight))mm; max-width: 40mm; }
                  .code-of-conduct main > .logo + h1, .code-of-conduct main > .logo + h1 + p { padding-inline-end: 15mm; }
                  .code-of-conduct main > h1 + p + p { column-span: all; margin: 0 0 1pt; }
                  .code-of-conduct h2 { font-size: 16pt; line-height: 1.05; margin: 4pt 0 1pt; padding-bottom: 0; border-bottom-width: 1.5pt; }
                  .code-of-conduct h3 { font-size: 15pt; }
                  .code-of-conduct main > h2:first-of-type { margin-top: 0; }
                  .code-of-conduct p, .code-of-conduct ul, .code-of-conduct ol { margin: 0 0 2pt; }
                  .code-of-conduct ul, .code-of-conduct ol { padding-inline-start: 0.9em; }
                  .code-of-conduct li { margin: 0; }
                  .code-of-conduct li > p { margin: 0; }
                  .code-of-conduct blockquote, .code-of-conduct .emergency { font-size: 15pt; font-weight: 400; line-height: 1.15; margin: 0 0 3pt; padding: 3pt 6pt; background: none; border: 2pt solid #000; border-inline-start-width: 6pt; }
                  .code-of-conduct blockquote strong { font-size: 16pt; }
                  .code-of-conduct main > h2:last-of-type, .code-of-conduct blockquote, .code-of-conduct .emergency { column-span: all; }
                  .code-of-conduct blockquote, .code-of-conduct .emergency { column-count: 2; column-gap: 5mm; }
                  .code-of-conduct blockquote p { margin: 0 0 2pt; break-inside: avoid; }
                  .code-of-conduct li, .code-of-conduct blockquote { break-inside: avoid; }
                }

                """
        case .handbook:
            // A cover and a contents page, then sections that flow on from one another, so
            // that no page is left mostly empty; a heading never ends a page.
            return """
                .handbook .cover { border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
                .handbook .cover h1 { font-size: 2.4rem; }
                .handbook .cover-logo img { max-height: 30mm; width: auto; }
                .handbook .contents ol { list-style: none; padding-inline-start: 0; }
                .handbook .contents a { display: flex; align-items: baseline; gap: 0.5em; color: inherit; text-decoration: none; }
                .handbook .contents .entry { flex: 1 1 auto; }
                .handbook .contents .page { flex: 0 0 2.5em; text-align: end; }
                .handbook .contents .page:empty::after { content: target-counter(attr(data-for), page); }
                .handbook .contents li { padding: 0.25em 0; border-bottom: 1px dotted #999; }
                @media print {
                  .handbook .cover { border: 0; margin: 0; padding-top: 50mm; break-after: page; page-break-after: always; }
                  .handbook .cover h1 { font-size: 30pt; margin: 0 0 10mm; }
                  .handbook .cover p { font-size: 13pt; margin: 0 0 4mm; }
                  .handbook .contents { break-after: page; page-break-after: always; }
                  .handbook .contents h2 { margin-top: 0; }
                  .handbook .contents li { padding: 1.6mm 0; break-inside: avoid; }
                  .handbook main > h2 { margin-top: 1.3em; }
                  .handbook h1, .handbook h2, .handbook h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
                }

                """
        case .card:
            return cardRules
        case .checklist, .fillIn:
            // Records to fill in by hand and file: compact type, so the checklist and the
            // incident report stay within two pages and the acknowledgement on one.
            return """
                @media print {
                  @page { margin: 12mm 14mm; }
                  body.\(style.rawValue) { font-size: 10pt; line-height: 1.25; }
                  .\(style.rawValue) .form-table th, .\(style.rawValue) .form-table td { padding: 1.5pt 4pt; }
                  .\(style.rawValue) h1 { font-size: 18pt; margin: 0 0 4pt; }
                  .\(style.rawValue) h2 { font-size: 13pt; margin: 9pt 0 3pt; }
                  .\(style.rawValue) h3 { font-size: 11.5pt; margin: 8pt 0 3pt; }
                  .\(style.rawValue) p, .\(style.rawValue) ul, .\(style.rawValue) ol { margin: 0 0 5pt; }
                  .\(style.rawValue) .form-ticks { column-count: 2; column-gap: 8mm; }
                }

                """
        }
    }
}
