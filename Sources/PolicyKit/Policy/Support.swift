/// The `support:` section: help offered to workers after an incident.
public struct Support: Hashable, Sendable {
    /// Employee Assistance Program.
    public internal(set) var eap: Bool
    /// A debrief with a manager after every incident.
    public internal(set) var debrief: Bool
    /// Access to mental-health consultants.
    public internal(set) var mentalHealthConsultants: Bool
    /// Difficult interactions are talked through at check-ins and staff meetings.
    public internal(set) var teamDebriefs: Bool

    init(eap: Bool, debrief: Bool, mentalHealthConsultants: Bool, teamDebriefs: Bool) {
        self.eap = eap
        self.debrief = debrief
        self.mentalHealthConsultants = mentalHealthConsultants
        self.teamDebriefs = teamDebriefs
    }
}
