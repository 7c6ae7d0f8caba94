/// The page a Word document is laid out on: the paper and margins of the build, as its
/// PDF has them (`PaperSize.pageRule` and the print stylesheet), in twips.
struct WordPage: Equatable, Sendable {
    var width: Int
    var height: Int
    var top: Int
    var bottom: Int
    var left: Int
    var right: Int
    /// From the bottom edge of the paper to the bottom of the footer.
    var footer: Int

    /// A text width every paper and style has at least: what tab stops and table grids
    /// are laid out for before Word fits them to the page.
    static let nominalTextWidth = 9000

    init(paper: PaperSize, style: DocumentStyle) {
        switch paper {
        case .a4:
            (width, height) = (11906, 16838)
            (top, bottom, left, right) = (Self.twips(mm: 18), Self.twips(mm: 18), Self.twips(mm: 16), Self.twips(mm: 16))
        case .letter:
            (width, height) = (12240, 15840)
            (top, bottom, left, right) = (1008, 1008, 936, 936)
        }
        footer = Self.twips(mm: 8)
        switch style {
        case .poster:
            // The poster fills its sheet; the footer sits in a bottom margin just big enough for it.
            (top, left, right) = (Self.twips(mm: 6), Self.twips(mm: 9), Self.twips(mm: 9))
            bottom = Self.twips(mm: 11)
            footer = Self.twips(mm: 4)
        case .card:
            (top, bottom, left, right) = (Self.twips(mm: 12), Self.twips(mm: 14), Self.twips(mm: 14), Self.twips(mm: 14))
            footer = Self.twips(mm: 6)
        case .codeOfConduct:
            // The handout fills one sheet, as the poster did before it.
            (top, left, right) = (Self.twips(mm: 6), Self.twips(mm: 9), Self.twips(mm: 9))
            bottom = Self.twips(mm: 11)
            footer = Self.twips(mm: 4)
        case .checklist, .fillIn:
            (top, bottom, left, right) = (Self.twips(mm: 12), Self.twips(mm: 14), Self.twips(mm: 14), Self.twips(mm: 14))
        case .handbook:
            break
        }
    }

    static func twips(mm: Int) -> Int {
        (mm * 1440 * 10 + 127) / 254
    }

    /// The `w:sectPr` of the document's last (or only) section.
    func sectionProperties(footer footerRelationship: String, rightToLeft: Bool, columns: Int = 1, continuous: Bool = false) -> String {
        var xml = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footerRelationship)\"/>"
        if continuous { xml += "<w:type w:val=\"continuous\"/>" }
        xml += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"
        xml += "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\" w:header=\"\(footer)\" w:footer=\"\(footer)\" w:gutter=\"0\"/>"
        xml += columns > 1 ? "<w:cols w:num=\"\(columns)\" w:space=\"284\"/>" : "<w:cols w:space=\"720\"/>"
        if rightToLeft { xml += "<w:bidi/>" }
        return xml + "</w:sectPr>"
    }
}
