/// The rules of the two fixed-size documents, the lobby poster and the card, and the
/// organisation's colour laid over any style.
extension DocumentStylesheet {
    /// The poster, read from across a waiting room: a headline of 84 pt (capitals about
    /// 20 mm tall in Liberation Sans), the behaviours at 32 pt, the emergency number at
    /// 66 pt, and the QR code 34 mm wide beside the emergency panel. Every size grows by
    /// `scale` on A3 and Tabloid. Long words and addresses wrap rather than make the
    /// browser shrink the whole page to fit them.
    static func posterRules(sheet: PageSheet) -> String {
        let scale = sheet.scale
        // The rows fill the sheet: the room left over goes below the behaviours, so the
        // emergency panel and the QR code sit at the foot of the poster.
        let fill = CSSNumber.format(sheet.size.height - 2 * 10 - 4) + "mm"
        func pt(_ size: Double) -> String { CSSNumber.format(size * scale) + "pt" }
        func mm(_ size: Double) -> String { CSSNumber.format(size * scale) + "mm" }
        return """
            body.poster { color: #000; font-size: \(pt(28)); line-height: 1.15; font-family: Arial, "Liberation Sans", Helvetica, "Nimbus Sans", system-ui, sans-serif; }
            .poster main { display: grid; grid-template-columns: auto minmax(0, 1fr) minmax(0, \(mm(60))); column-gap: \(mm(8)); align-items: start; max-width: none; padding: \(mm(4)); overflow-wrap: anywhere; }
            .poster main > * { grid-column: 1 / -1; min-width: 0; margin: 0; }
            .poster .logo { grid-column: 1; align-self: center; margin: 0; }
            .poster .logo img { height: \(mm(24)); max-width: \(mm(70)); }
            .poster .logo + p { grid-column: 2 / -1; align-self: center; font-size: \(pt(22)); line-height: 1.15; }
            .poster h1 { font-size: \(pt(84)); line-height: 1.05; margin: \(mm(8)) 0 \(mm(5)); }
            .poster h1 + p { margin: 0 0 \(mm(3)); }
            .poster ul { padding-inline-start: 1.1em; margin: 0 0 \(mm(7)); }
            .poster li { font-size: \(pt(32)); font-weight: 700; line-height: 1.12; margin: 0 0 \(mm(2.5)); }
            .poster li > p { margin: 0; }
            .poster blockquote { grid-column: 1 / 3; align-self: stretch; margin: 0; padding: \(mm(5)) \(mm(7)); border: 0; border-inline-start: \(mm(3)) solid #000; background: #ffe9a8; color: #000; font-size: \(pt(28)); font-weight: 700; line-height: 1.1; }
            .poster blockquote p { margin: 0; }
            .poster blockquote strong { display: block; font-size: \(pt(66)); line-height: 1.05; }
            .poster main.with-qr > blockquote { grid-row: span 2; }
            .poster main > blockquote ~ * { order: 2; }
            .poster main > .qr { grid-column: 3; order: 1; }
            .poster .qr svg { width: \(mm(34)); height: \(mm(34)); }
            .poster main.with-qr > blockquote + p { grid-column: 3; font-size: \(pt(13)); line-height: 1.2; margin-top: \(mm(1.5)); }
            .poster main.with-qr > blockquote + p .address { display: inline-block; }
            .poster main > p:last-of-type { font-size: \(pt(12)); color: #333; margin-top: \(mm(6)); }
            @media print {
              @page { margin: 10mm; }
              body.poster { font-size: \(pt(28)); line-height: 1.15; }
              .poster main { padding: 0; min-height: \(fill); grid-template-rows: auto auto auto 1fr; }
              .poster blockquote { background: #ffe9a8; color: #000; border-color: #000; }
              .poster main > p:last-of-type { color: #333; }
            }

            """
    }

    /// The card: A6 or a 4 × 6 in index card, front and back, no text under 8.5 pt.
    static let cardRules = """
        body.card { font-size: 0.95rem; line-height: 1.35; }
        .card main { max-width: 40rem; padding-top: 1rem; overflow-wrap: anywhere; }
        .card h1 { font-size: 1.5rem; }
        .card h2 { font-size: 1.15rem; margin: 1em 0 0.3em; }
        .card h3 { font-size: 1rem; margin: 0.8em 0 0.2em; }
        .card p, .card ul, .card ol, .card blockquote, .card pre { margin-bottom: 0.5em; }
        .card li > p { margin-bottom: 0.2em; }
        .card blockquote { border-inline-start: 0.3em solid #000; background: #ffe9a8; color: #000; font-weight: 700; }
        @media print {
          @page { margin: 5mm 6mm; }
          body.card { font-size: 8.5pt; line-height: 1.18; }
          .card h1 { font-size: 12pt; margin: 0 0 0.8mm; }
          .card h2 { font-size: 10pt; margin: 1.6mm 0 0.6mm; border-bottom: 0.75pt solid #000; }
          .card h3 { font-size: 9pt; margin: 1.2mm 0 0.4mm; }
          .card p, .card ul, .card ol, .card blockquote, .card pre { margin: 0 0 0.8mm; }
          .card ul, .card ol { padding-inline-start: 1.1em; }
          .card li > p { margin: 0; }
          .card blockquote { padding: 0.8mm 2mm; border-inline-start: 1.2mm solid #000; background: #ffe9a8; color: #000; }
          .card blockquote p { margin: 0; }
          .card .logo { margin: 0 0 1mm; }
          .card .logo img { height: 8mm; }
          .card h2, .card h3, .card li, .card blockquote { break-inside: avoid; }
          .card h2, .card h3 { break-after: avoid; }
        }

        """

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
