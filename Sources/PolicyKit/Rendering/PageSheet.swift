/// The sheet one document prints on: the paper family's own sheet for most documents,
/// a larger one for the poster when asked for, a small card for the card.
enum PageSheet: String, CaseIterable, Sendable {
    case a4
    case a3
    case a6
    case letter
    case tabloid
    /// A 4 × 6 in index card, the Letter family's card.
    case indexCard

    /// Width and height in millimetres, portrait.
    var size: (width: Double, height: Double) {
        switch self {
        case .a4: (210, 297)
        case .a3: (297, 420)
        case .a6: (105, 148)
        case .letter: (215.9, 279.4)
        case .tabloid: (279.4, 431.8)
        case .indexCard: (101.6, 152.4)
        }
    }

    /// The CSS `size` of `@page`. A6 is given in millimetres: Chromium knows no A6.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .a3: "A3"
        case .a6: "105mm 148mm"
        case .letter: "letter"
        case .tabloid: "11in 17in"
        case .indexCard: "4in 6in"
        }
    }

    /// How much larger than the family's own sheet, across: type on the poster grows by
    /// this, so it fills a larger sheet as it fills a small one.
    var scale: Double {
        switch self {
        case .a3: 297.0 / 210.0
        case .tabloid: 11.0 / 8.5
        default: 1
        }
    }

    /// What a warning calls it: "A4", "4 × 6 in card".
    var displayName: String {
        switch self {
        case .a4: "A4"
        case .a3: "A3"
        case .a6: "A6"
        case .letter: "Letter"
        case .tabloid: "Tabloid"
        case .indexCard: "4 × 6 in card"
        }
    }

    /// The CSS `@page` rule: the size and the margins of the family's ordinary documents.
    var pageRule: String {
        switch self {
        case .letter, .tabloid: "@page { size: \(cssSize); margin: 0.7in 0.65in; }"
        default: "@page { size: \(cssSize); margin: 18mm 16mm; }"
        }
    }
}

extension PaperSize {
    /// The family's own sheet.
    var sheet: PageSheet { self == .a4 ? .a4 : .letter }
}

extension DocumentKind {
    /// The sheet this document prints on, with the paper family `paper` and the poster
    /// size the settings chose.
    func sheet(paper: PaperSize, posterSize: PosterSize?) -> PageSheet {
        switch self {
        case .poster:
            switch posterSize?.inFamily(paper) {
            case .a3: return .a3
            case .tabloid: return .tabloid
            default: return paper.sheet
            }
        case .card:
            return paper == .a4 ? .a6 : .indexCard
        default:
            return paper.sheet
        }
    }
}

extension Policy {
    /// The logo and colour every page of the policy's documents carries, in `language`.
    func branding(in language: Language) -> PageBranding {
        let name = organisation.name.text(in: language.code, primary: primaryLanguage.code)
        let colour = organisation.colour.map { CSSColour(red: $0.red, green: $0.green, blue: $0.blue) }
        return PageBranding(logo: organisation.logo, logoText: MarkdownEscaper.normalisedText(name), colour: colour)
    }
}
