/// The rules of the two fixed-size documents, the lobby poster and the card, and the
/// organisation's colour laid over any style.
extension DocumentStylesheet {
    /// The poster, read from across a waiting room, in the sizes of `PosterMeasures`: a
    /// large headline, the behaviours in bold, the emergency number in a panel and the QR
    /// code beside it. Every size grows by `scale` on A3 and Tabloid. Long words and
    /// addresses wrap rather than make the browser shrink the whole page to fit them.
    static func posterRules(sheet: PageSheet) -> String {
        let scale = sheet.scale
        // The rows fill the sheet: the room left over goes below the behaviours, so the
        // emergency panel and the QR code sit at the foot of the poster.
        let fill = CSSNumber.format(sheet.size.height - 2 * PosterMeasures.margin - 4) + "mm"
        func pt(_ size: Double) -> String { CSSNumber.format(size * scale) + "pt" }
        func mm(_ size: Double) -> String { CSSNumber.format(size * scale) + "mm" }
        return """
            body.poster { color: #000; font-size: \(pt(PosterMeasures.body)); line-height: \(CSSNumber.format(PosterMeasures.bodyLineHeight)); font-family: Arial, "Liberation Sans", Helvetica, "Nimbus Sans", system-ui, sans-serif; }
            .poster main { display: grid; grid-template-columns: auto minmax(0, 1fr) minmax(0, \(mm(PosterMeasures.sideColumn))); column-gap: \(mm(PosterMeasures.columnGap)); align-items: start; max-width: none; padding: \(mm(4)); overflow-wrap: anywhere; }
            .poster main > * { grid-column: 1 / -1; min-width: 0; margin: 0; }
            .poster .logo { grid-column: 1; align-self: center; margin: 0; }
            .poster .logo img { height: \(mm(PosterMeasures.logoHeight)); max-width: \(mm(70)); }
            .poster .logo + p { grid-column: 2 / -1; align-self: center; font-size: \(pt(PosterMeasures.name)); line-height: \(CSSNumber.format(PosterMeasures.nameLineHeight)); }
            .poster h1 { font-size: \(pt(PosterMeasures.headline)); line-height: \(CSSNumber.format(PosterMeasures.headlineLineHeight)); margin: \(mm(PosterMeasures.spaceAboveHeadline)) 0 \(mm(PosterMeasures.spaceBelowHeadline)); }
            .poster h1 + p { margin: 0 0 \(mm(PosterMeasures.spaceBelowIntroduction)); }
            .poster ul { padding-inline-start: \(CSSNumber.format(PosterMeasures.listIndent))em; margin: 0 0 \(mm(7)); }
            .poster li { font-size: \(pt(PosterMeasures.behaviour)); font-weight: 700; line-height: \(CSSNumber.format(PosterMeasures.behaviourLineHeight)); margin: 0 0 \(mm(PosterMeasures.spaceBetweenBehaviours)); }
            .poster li > p { margin: 0; }
            .poster blockquote { grid-column: 1 / 3; align-self: stretch; margin: 0; padding: \(mm(PosterMeasures.panelPadding.vertical)) \(mm(PosterMeasures.panelPadding.horizontal)); border: 0; border-inline-start: \(mm(3)) solid #000; background: #ffe9a8; color: #000; font-size: \(pt(PosterMeasures.body)); font-weight: 700; line-height: \(CSSNumber.format(PosterMeasures.panelLineHeight)); }
            .poster blockquote p { margin: 0; }
            .poster blockquote strong { display: block; font-size: \(pt(PosterMeasures.emergencyNumber)); line-height: \(CSSNumber.format(PosterMeasures.emergencyNumberLineHeight)); }
            .poster main.with-qr > blockquote { grid-row: span 2; }
            .poster main > blockquote ~ * { order: 2; }
            .poster main > .qr { grid-column: 3; order: 1; }
            .poster .qr svg { width: \(mm(PosterMeasures.qrCode)); height: \(mm(PosterMeasures.qrCode)); }
            .poster main.with-qr > blockquote + p { grid-column: 3; font-size: \(pt(PosterMeasures.caption)); line-height: \(CSSNumber.format(PosterMeasures.captionLineHeight)); margin-top: \(mm(PosterMeasures.spaceAboveCaption)); }
            .poster main.with-qr > blockquote + p .address { display: inline-block; }
            .poster main > p:last-of-type { font-size: \(pt(PosterMeasures.footer)); color: #333; margin-top: \(mm(PosterMeasures.spaceAboveFooter)); }
            @media print {
              @page { margin: \(CSSNumber.format(PosterMeasures.margin))mm; }
              body.poster { font-size: \(pt(PosterMeasures.body)); line-height: \(CSSNumber.format(PosterMeasures.bodyLineHeight)); }
              .poster main { padding: 0; min-height: \(fill); grid-template-rows: auto auto auto 1fr; }
              .poster blockquote { background: #ffe9a8; color: #000; border-color: #000; }
              .poster main > p:last-of-type { color: #333; }
            }

            """
    }

    /// The card: A6 or a 4 × 6 in index card, front and back, in the sizes of
    /// `CardMeasures`, no text under its body size.
    static var cardRules: String {
        typealias M = CardMeasures
        func number(_ value: Double) -> String { CSSNumber.format(value) }
        func heading(_ level: Int) -> String {
            let heading = M.headings[level - 1]
            let above = heading.above == 0 ? "0" : number(heading.above) + "mm"
            return "font-size: \(number(heading.points))pt; margin: \(above) 0 \(number(heading.below))mm;"
        }
        return """
            body.card { font-size: 0.95rem; line-height: 1.35; }
            .card main { max-width: 40rem; padding-top: 1rem; overflow-wrap: anywhere; }
            .card h1 { font-size: 1.5rem; }
            .card h2 { font-size: 1.15rem; margin: 1em 0 0.3em; }
            .card h3 { font-size: 1rem; margin: 0.8em 0 0.2em; }
            .card p, .card ul, .card ol, .card blockquote, .card pre { margin-bottom: 0.5em; }
            .card li > p { margin-bottom: 0.2em; }
            .card blockquote { border-inline-start: 0.3em solid #000; background: #ffe9a8; color: #000; font-weight: 700; }
            @media print {
              @page { margin: \(number(M.margin.vertical))mm \(number(M.margin.horizontal))mm; }
              body.card { font-size: \(number(M.body))pt; line-height: \(number(M.bodyLineHeight)); }
              .card h1 { \(heading(1)) }
              .card h2 { \(heading(2)) border-bottom: \(number(M.sectionRule))pt solid #000; }
              .card h3 { \(heading(3)) }
              .card p, .card ul, .card ol, .card blockquote, .card pre { margin: 0 0 \(number(M.spaceBelowBlock))mm; }
              .card ul, .card ol { padding-inline-start: \(number(M.listIndent))em; }
              .card li > p { margin: 0; }
              .card blockquote { padding: \(number(M.panelPadding.vertical))mm \(number(M.panelPadding.horizontal))mm; border-inline-start: \(number(M.panelRule))mm solid #000; background: #ffe9a8; color: #000; }
              .card blockquote p { margin: 0; }
              .card .logo { margin: 0 0 \(number(M.spaceBelowLogo))mm; }
              .card .logo img { height: \(number(M.logoHeight))mm; }
              .card h2, .card h3, .card li, .card blockquote { break-inside: avoid; }
              .card h2, .card h3 { break-after: avoid; }
            }

            """
    }

    /// The organisation's colour on headings, rules and panels. Panels carry white text
    /// on the colour, which is dark enough for it (`BrandColour.readableShade`).
    static func brandRules(for style: DocumentStyle, colour: CSSColour) -> String {
        let c = colour.description
        let s = "." + style.rawValue
        var rules = """
            \(s) h1, \(s) h2, \(s) h3 { color: \(c); }
            \(s) h2, \(s) hr { border-color: \(c); }
            \(s) blockquote { border-inline-start-color: \(c); }

            """
        if style == .poster || style == .card {
            rules += """
                \(s) blockquote { background: \(c); color: #fff; border-color: \(c); }
                \(s) li::marker { color: \(c); }
                \(s) .logo + p { color: \(c); }
                @media print {
                  \(s) blockquote { background: \(c); color: #fff; border-color: \(c); }
                }

                """
        }
        return rules
    }
}

/// Numbers as CSS writes them: at most two decimals, no trailing zeros.
enum CSSNumber {
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
