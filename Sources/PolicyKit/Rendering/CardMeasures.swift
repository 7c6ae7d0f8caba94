/// The quick-reference card's printed sizes: type in points, spaces in millimetres. What
/// its stylesheet sets and what the page-count estimate measures with, in one place.
enum CardMeasures {
    /// No text on the card is smaller.
    static let body = 8.5
    static let bodyLineHeight = 1.18
    /// The page's margins: top and bottom, then the sides.
    static let margin = (vertical: 5.0, horizontal: 6.0)
    /// Headings of levels 1 to 3, with the space above and below each.
    static let headings: [(points: Double, above: Double, below: Double)] = [(12, 0, 0.8), (10, 1.6, 0.6), (9, 1.2, 0.4)]
    /// The rule under a level-2 heading, in points.
    static let sectionRule = 0.75
    /// Below a paragraph, list or panel.
    static let spaceBelowBlock = 0.8
    /// The bullets' indent, in ems.
    static let listIndent = 1.1
    static let panelPadding = (vertical: 0.8, horizontal: 2.0)
    static let panelRule = 1.2
    static let logoHeight = 8.0
    static let spaceBelowLogo = 1.0
}
