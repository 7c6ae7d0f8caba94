/// Where the organisation works. It chooses the default emergency and crisis numbers.
public enum Jurisdiction: String, CaseIterable, Hashable, Sendable {
    case canada = "CA"
    case unitedStates = "US"
    case australia = "AU"
    case unitedKingdom = "UK"

    /// The country's name as documents print it.
    public var name: String {
        switch self {
        case .canada: "Canada"
        case .unitedStates: "the United States"
        case .australia: "Australia"
        case .unitedKingdom: "the United Kingdom"
        }
    }
}
