/// The `training:` section: what workers are trained in, and how often.
public struct Training: Hashable, Sendable {
    /// E.g. "de-escalation", "assessing danger", "withdrawing safely". Never empty.
    public internal(set) var topics: [LocalizedText]
    /// Refresher training every this many months (always > 0).
    public internal(set) var refresherMonths: Int

    init(topics: [LocalizedText], refresherMonths: Int) {
        self.topics = topics
        self.refresherMonths = refresherMonths
    }
}
