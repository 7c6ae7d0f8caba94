/// The `policy:` section: which version of the policy this is and when it applies.
public struct PolicyMetadata: Hashable, Sendable {
    /// Required; kept as text, so `2.10` is not read as `2.1`.
    public internal(set) var version: String
    /// Required.
    public internal(set) var effectiveDate: CalendarDate
    /// When set, it is after `effectiveDate`.
    public internal(set) var nextReview: CalendarDate?
    public internal(set) var approvedBy: String?
    /// Oldest first, as written in the settings.
    public internal(set) var changeLog: [ChangeLogEntry]

    init(
        version: String,
        effectiveDate: CalendarDate,
        nextReview: CalendarDate? = nil,
        approvedBy: String? = nil,
        changeLog: [ChangeLogEntry] = []
    ) {
        self.version = version
        self.effectiveDate = effectiveDate
        self.nextReview = nextReview
        self.approvedBy = approvedBy
        self.changeLog = changeLog
    }
}

/// One line of the policy's change history (`policy.change_log`).
public struct ChangeLogEntry: Hashable, Sendable {
    public internal(set) var date: CalendarDate
    public internal(set) var version: String?
    public internal(set) var summary: LocalizedText

    init(date: CalendarDate, version: String? = nil, summary: LocalizedText) {
        self.date = date
        self.version = version
        self.summary = summary
    }
}
