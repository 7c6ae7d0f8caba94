/// The look of a printed document, one per kind of document.
enum DocumentStyle: String, CaseIterable, Sendable {
    /// The lobby poster: a headline, a few lines in large type and the emergency number in
    /// a coloured panel, on one sheet. The block quote is the emergency panel.
    case poster
    /// The staff handbook: each `h2` starts a new printed page.
    case handbook
    /// The quick-reference card: A6 or 4 × 6 in, front and back.
    case card
    /// The client code of conduct as a one-page handout: the poster's look of before the
    /// lobby poster was made, two columns of large type.
    case codeOfConduct = "code-of-conduct"
    /// The risk-assessment checklist: a record of tables to fill in, on at most two pages.
    case checklist
    /// A form to fill in by hand (the incident report, the acknowledgement): compact type,
    /// tables and ruled lines.
    case fillIn = "fill-in"
}

extension DocumentKind {
    /// Each kind of document has a look of its own.
    var style: DocumentStyle {
        switch self {
        case .poster: .poster
        case .handbook: .handbook
        case .card: .card
        case .codeOfConduct: .codeOfConduct
        case .checklist: .checklist
        // A letter is a page with blanks and tick boxes, filled in by the manager who signs it.
        case .incidentReport, .acknowledgement, .letter: .fillIn
        // A page or two of short items, meant to print on one page where it fits.
        case .changes: .card
        }
    }
}

extension DocumentStyle {
    /// The sheet a page of this style takes in `paper`'s family when nothing else is asked:
    /// the card its small card, everything else the paper itself.
    func sheet(paper: PaperSize) -> PageSheet {
        self == .card ? (paper == .a4 ? .a6 : .indexCard) : paper.sheet
    }
}
