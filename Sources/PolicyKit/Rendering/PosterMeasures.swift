/// The poster's type sizes (points) and spaces (millimetres) on A4 and Letter: what its
/// stylesheet sets and what the page-count estimate measures with, kept in one place so
/// the estimate follows any change to the print. On A3 and Tabloid each grows by the
/// sheet's scale.
enum PosterMeasures {
    /// The line under the headline and the emergency panel's words.
    static let body = 28.0
    static let bodyLineHeight = 1.15
    /// Capitals about 20 mm tall in Liberation Sans.
    static let headline = 84.0
    static let headlineLineHeight = 1.05
    static let spaceAboveHeadline = 8.0
    static let spaceBelowHeadline = 5.0
    /// Below the line under the headline.
    static let spaceBelowIntroduction = 3.0
    /// The behaviours, bold.
    static let behaviour = 32.0
    static let behaviourLineHeight = 1.12
    static let spaceBetweenBehaviours = 2.5
    /// The bullets' indent, in ems.
    static let listIndent = 1.1
    static let panelLineHeight = 1.1
    static let panelPadding = (vertical: 5.0, horizontal: 7.0)
    /// The emergency number, on a line of its own in the panel.
    static let emergencyNumber = 66.0
    static let emergencyNumberLineHeight = 1.05
    static let logoHeight = 24.0
    /// The organisation's name beside the logo.
    static let name = 22.0
    static let nameLineHeight = 1.15
    /// The QR code's width and height, and the column it stands in beside the panel.
    static let qrCode = 34.0
    static let sideColumn = 60.0
    static let columnGap = 8.0
    /// The line under the QR code.
    static let caption = 13.0
    static let captionLineHeight = 1.2
    static let spaceAboveCaption = 1.5
    /// The version line at the foot.
    static let footer = 12.0
    static let spaceAboveFooter = 6.0
    /// The printed page's margin on every side.
    static let margin = 10.0
}
