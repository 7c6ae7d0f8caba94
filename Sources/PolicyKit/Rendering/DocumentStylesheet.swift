/// The CSS embedded in every standalone page: a shared base for screen and
/// print, the paper's `@page` rule, and the rules of the document's style.
/// Fonts are the reader's own, so the page needs nothing from outside.
enum DocumentStylesheet {
    static func css(paper: PaperSize, style: DocumentStyle) -> String {
        base + paper.pageRule + "\n" + rules(for: style)
    }

    private static let base = """
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: #111; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 1rem; line-height: 1.5; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
        h1 { font-size: 1.9rem; margin-top: 0.5em; }
        h2 { font-size: 1.45rem; }
        h3 { font-size: 1.2rem; }
        p, ul, ol, blockquote, pre, table { margin: 0 0 1em; }
        ul, ol { padding-left: 1.6em; }
        li > p { margin-bottom: 0.4em; }
        a { color: #0645ad; }
        blockquote { margin-left: 0; padding: 0.5em 1em; border-left: 0.3em solid #777; background: #f4f4f4; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
        pre { padding: 0.75em 1em; background: #f4f4f4; overflow-x: auto; white-space: pre-wrap; }
        hr { border: 0; border-top: 1px solid #999; margin: 1.5em 0; }
        img { max-width: 100%; height: auto; }
        @media print {
          body { font-family: Arial, "Liberation Sans", Helvetica, "Nimbus Sans", sans-serif; font-size: 11pt; line-height: 1.4; }
          main { max-width: none; margin: 0; padding: 0; }
          a { color: inherit; }
          blockquote, pre { background: none; border-color: #000; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
          p, li, blockquote, pre { orphans: 3; widows: 3; }
          pre, blockquote, li { break-inside: avoid; }
        }

        """

    private static func rules(for style: DocumentStyle) -> String {
        switch style {
        case .poster:
            // In print the poster is two columns on one sheet: the title, the emergency panel
            // (the poster's last section) and the footer span both; the text stays at 14pt or
            // more, to be read from across a room. `build --format pdf` warns when it overflows.
            return """
                body.poster { color: #000; font-size: 1.25rem; }
                .poster main { max-width: 52rem; }
                .poster h1 { font-size: 2.6rem; margin-bottom: 0.4em; }
                .poster h2 { font-size: 1.8rem; border-bottom: 0.12em solid #000; padding-bottom: 0.1em; }
                .poster strong { font-weight: 800; }
                .poster blockquote, .poster .emergency { border: 0.2em solid #000; border-left-width: 0.6em; background: #ffe9a8; color: #000; font-size: 1.35em; font-weight: 700; padding: 0.6em 1em; }
                .poster blockquote strong, .poster .emergency strong { white-space: nowrap; }
                @media print {
                  @page { margin: 6mm 9mm; }
                  body.poster { font-size: 14pt; line-height: 1.07; }
                  .poster main { column-count: 2; column-gap: 5mm; }
                  .poster main > p:last-child { column-span: all; margin: 2pt 0 0; }
                  .poster h1 { column-span: all; font-size: 25pt; line-height: 1.05; margin: 0; }
                  .poster main > h1 + p { column-span: all; font-size: 15pt; margin: 0; }
                  .poster main > h1 + p + p { column-span: all; margin: 0 0 1pt; }
                  .poster h2 { font-size: 16pt; line-height: 1.05; margin: 4pt 0 1pt; padding-bottom: 0; border-bottom-width: 1.5pt; }
                  .poster h3 { font-size: 15pt; }
                  .poster main > h2:first-of-type { margin-top: 0; }
                  .poster p, .poster ul, .poster ol { margin: 0 0 2pt; }
                  .poster ul, .poster ol { padding-left: 0.9em; }
                  .poster li { margin: 0; }
                  .poster li > p { margin: 0; }
                  .poster blockquote, .poster .emergency { font-size: 15pt; font-weight: 400; line-height: 1.15; margin: 0 0 3pt; padding: 3pt 6pt; background: none; border: 2pt solid #000; border-left-width: 6pt; }
                  .poster blockquote strong { font-size: 16pt; }
                  .poster main > h2:last-of-type, .poster blockquote, .poster .emergency { column-span: all; }
                  .poster blockquote, .poster .emergency { column-count: 2; column-gap: 5mm; }
                  .poster blockquote p { margin: 0 0 2pt; break-inside: avoid; }
                  .poster li, .poster blockquote { break-inside: avoid; }
                }

                """
        case .handbook:
            // A cover and a contents page, then sections that flow on from one another, so
            // that no page is left mostly empty; a heading never ends a page.
            return """
                .handbook .cover { border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
                .handbook .cover h1 { font-size: 2.4rem; }
                .handbook .cover-logo img { max-height: 30mm; width: auto; }
                .handbook .contents ol { list-style: none; padding-left: 0; }
                .handbook .contents a { display: flex; align-items: baseline; gap: 0.5em; color: inherit; text-decoration: none; }
                .handbook .contents .entry { flex: 1 1 auto; }
                .handbook .contents .page { flex: 0 0 2.5em; text-align: right; }
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
            return """
                body.card { font-size: 0.95rem; line-height: 1.35; }
                .card main { max-width: 40rem; padding-top: 1rem; }
                .card h1 { font-size: 1.5rem; }
                .card h2 { font-size: 1.15rem; margin: 1em 0 0.3em; }
                .card h3 { font-size: 1rem; margin: 0.8em 0 0.2em; }
                .card p, .card ul, .card ol, .card blockquote, .card pre { margin-bottom: 0.5em; }
                .card li > p { margin-bottom: 0.2em; }
                .card blockquote { border-left-color: #000; font-weight: 700; }
                .card blockquote strong { white-space: nowrap; }
                @media print {
                  @page { margin: 12mm 14mm; }
                  body.card { font-size: 11.5pt; line-height: 1.25; }
                  .card h2 { margin: 0.7em 0 0.25em; }
                  .card blockquote p { margin: 0 0 0.15em; }
                  .card h1 { font-size: 20pt; margin: 0 0 0.2em; }
                  .card h2 { font-size: 14.5pt; border-bottom: 1pt solid #000; }
                  .card h2, .card h3, .card li, .card blockquote { break-inside: avoid; }
                }

                """
        case .checklist:
            return """
                .checklist ul { list-style: none; padding-left: 0; }
                .checklist ul li { position: relative; padding-left: 2em; margin-bottom: 0.5em; }
                .checklist ul li::before { content: ""; position: absolute; left: 0.2em; top: 0.2em; width: 1em; height: 1em; border: 0.12em solid #000; border-radius: 0.1em; background: #fff; box-sizing: border-box; }
                @media print {
                  body.checklist { font-size: 11.5pt; }
                  .checklist ul li { break-inside: avoid; }
                }

                """
        }
    }
}

extension PaperSize {
    /// The CSS `@page` rule: the size and margins that suit it.
    var pageRule: String {
        switch self {
        case .a4:
            return "@page { size: A4; margin: 18mm 16mm; }"
        case .letter:
            return "@page { size: letter; margin: 0.7in 0.65in; }"
        }
    }
}
