/// The `reporting:` section: what happens after an incident.
public struct Reporting: Hashable, Sendable {
    /// When to debrief, e.g. "immediately".
    public internal(set) var debrief: LocalizedText
    /// The written incident report is due within this many hours (always > 0).
    public internal(set) var incidentReportHours: Int
    /// Who is told of every incident, e.g. ["Manager on duty", "Executive Director"].
    public internal(set) var notify: [LocalizedText]
    /// Police are called at once on any threat of physical violence.
    public internal(set) var policeOnThreat: Bool

    init(debrief: LocalizedText, incidentReportHours: Int, notify: [LocalizedText], policeOnThreat: Bool) {
        self.debrief = debrief
        self.incidentReportHours = incidentReportHours
        self.notify = notify
        self.policeOnThreat = policeOnThreat
    }
}
