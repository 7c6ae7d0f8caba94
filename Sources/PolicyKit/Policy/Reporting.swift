/// The `reporting:` section: what happens after an incident.
public struct Reporting: Hashable, Sendable {
    /// When to debrief, e.g. "immediately".
    public var debrief: LocalizedText
    /// The written incident report is due within this many hours (always > 0).
    public var incidentReportHours: Int
    /// Who is told of every incident, e.g. ["Manager on duty", "Executive Director"].
    public var notify: [LocalizedText]
    /// Police are called at once on any threat of physical violence.
    public var policeOnThreat: Bool

    public init(debrief: LocalizedText, incidentReportHours: Int, notify: [LocalizedText], policeOnThreat: Bool) {
        self.debrief = debrief
        self.incidentReportHours = incidentReportHours
        self.notify = notify
        self.policeOnThreat = policeOnThreat
    }
}
