/// The `policy:` section: which version of the policy this is and when it applies.
public struct PolicyMetadata: Hashable, Sendable {
    /// Required; kept as text, so `2.10` is not read as `2.1`.
    public var version: String
    /// Required.
    public var effectiveDate: CalendarDate
    /// When set, it is after `effectiveDate`.
    public var nextReview: CalendarDate?
    public var approvedBy: String?
    /// Oldest first, as written in the settings.
    public var changeLog: [ChangeLogEntry]

    public init(
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
    public var date: CalendarDate
    public var version: String?
    public var summary: String

    public init(date: CalendarDate, version: String? = nil, summary: String) {
        self.date = date
        self.version = version
        self.summary = summary
    }
}
