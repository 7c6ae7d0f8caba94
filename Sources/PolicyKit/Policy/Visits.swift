/// The `visits:` section: rules for home and field visits.
public struct Visits: Hashable, Sendable {
    /// false: the organisation makes no home or field visits, and documents have no visit section.
    public internal(set) var homeVisits: Bool
    /// Workers leave an itinerary (where, with whom, expected return) before they go.
    public internal(set) var itineraryRequired: Bool
    /// Workers check in at least this often during a visit (always > 0).
    public internal(set) var checkInIntervalMinutes: Int
    /// Workers sign off with the office when a visit ends, in or out of office hours.
    public internal(set) var checkOutRequired: Bool
    /// When two workers go together, e.g. "when a risk alert is on file".
    public internal(set) var doublingUp: LocalizedText

    init(homeVisits: Bool, itineraryRequired: Bool, checkInIntervalMinutes: Int, checkOutRequired: Bool, doublingUp: LocalizedText) {
        self.homeVisits = homeVisits
        self.itineraryRequired = itineraryRequired
        self.checkInIntervalMinutes = checkInIntervalMinutes
        self.checkOutRequired = checkOutRequired
        self.doublingUp = doublingUp
    }
}
