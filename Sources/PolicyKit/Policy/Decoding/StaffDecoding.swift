extension SettingsDecoder {
    static let reportingKeys = ["debrief", "incident_report_hours", "notify", "police_on_threat"]
    static let visitsKeys = ["home_visits", "itinerary_required", "check_in_interval_minutes", "check_out_required", "doubling_up"]
    static let supportKeys = ["eap", "debrief", "mental_health_consultants", "team_debriefs"]
    static let trainingKeys = ["topics", "refresher_months"]

    static func decodeReporting(_ reader: MappingReader?, contacts: Contacts) -> Reporting {
        var reporting = Reporting(
            debrief: StaffDefaults.debrief,
            incidentReportHours: StaffDefaults.incidentReportHours,
            notify: [contacts.managerOnDuty.title, contacts.director.title],
            policeOnThreat: true
        )
        guard let reader else { return reporting }
        if let debrief = reader.localizedText("debrief") { reporting.debrief = debrief }
        if let hours = reader.integer("incident_report_hours", minimum: 1) { reporting.incidentReportHours = hours }
        if let notify = reader.localizedTextList("notify") { reporting.notify = notify }
        if let police = reader.bool("police_on_threat") { reporting.policeOnThreat = police }
        return reporting
    }

    static func decodeVisits(_ reader: MappingReader?) -> Visits {
        var visits = StaffDefaults.visits
        guard let reader else { return visits }
        if let value = reader.bool("home_visits") { visits.homeVisits = value }
        if let value = reader.bool("itinerary_required") { visits.itineraryRequired = value }
        if let value = reader.integer("check_in_interval_minutes", minimum: 1) { visits.checkInIntervalMinutes = value }
        if let value = reader.bool("check_out_required") { visits.checkOutRequired = value }
        if let value = reader.localizedText("doubling_up") { visits.doublingUp = value }
        return visits
    }

    static func decodeSupport(_ reader: MappingReader?, contacts: Contacts) -> Support {
        // Debriefs cost nothing to offer; an EAP is only claimed when one is named.
        var support = Support(eap: contacts.eap != nil, debrief: true, mentalHealthConsultants: false, teamDebriefs: true)
        guard let reader else { return support }
        if let value = reader.bool("eap") { support.eap = value }
        if let value = reader.bool("debrief") { support.debrief = value }
        if let value = reader.bool("mental_health_consultants") { support.mentalHealthConsultants = value }
        if let value = reader.bool("team_debriefs") { support.teamDebriefs = value }
        return support
    }

    static func decodeTraining(_ reader: MappingReader?) -> Training {
        var training = Training(topics: StaffDefaults.trainingTopics, refresherMonths: StaffDefaults.refresherMonths)
        guard let reader else { return training }
        if let topics = reader.localizedTextList("topics") { training.topics = topics }
        if let months = reader.integer("refresher_months", minimum: 1) { training.refresherMonths = months }
        return training
    }
}
