/// The four documents PolicyKit builds, each filled from the template `<language>/<kind>.md`.
public enum DocumentKind: String, CaseIterable, Sendable {
    case poster
    case handbook
    case card
    case checklist

    /// The document's name as its title shows it.
    public var displayName: String {
        switch self {
        case .poster: "Client Code of Conduct"
        case .handbook: "Staff Safety Handbook"
        case .card: "Quick-Reference Card"
        case .checklist: "Risk-Assessment Checklist"
        }
    }
}
