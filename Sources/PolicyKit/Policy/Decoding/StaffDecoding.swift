extension SettingsDecoder {
    static let reporting = SettingsSection("reporting", "How incidents are reported.", [
        SettingsKey("debrief", .localizedText, default: .english(StaffDefaults.debrief), "When staff debrief after an incident."),
        SettingsKey("incident_report_hours", .integer(minimum: 1), default: .integer(StaffDefaults.incidentReportHours),
                    example: .integer(StaffDefaults.incidentReportHours), "Within how many hours an incident report is written."),
        SettingsKey("notify", .localizedTextList, "Who is told of an incident; the manager on duty and the director when left out."),
        SettingsKey("police_on_threat", .bool, default: true, example: true, "Threats are reported to the police."),
    ])
    static let visits = SettingsSection("visits", "Home and field visits.", [
        SettingsKey("home_visits", .bool, default: .bool(StaffDefaults.visits.homeVisits), example: true, "Staff make home or field visits."),
        SettingsKey("itinerary_required", .bool, default: .bool(StaffDefaults.visits.itineraryRequired), example: true,
                    "Staff leave an itinerary before a visit."),
        SettingsKey("check_in_interval_minutes", .integer(minimum: 1), default: .integer(StaffDefaults.visits.checkInIntervalMinutes),
                    example: .integer(StaffDefaults.visits.checkInIntervalMinutes), "How often, in minutes, staff on a visit check in."),
        SettingsKey("check_out_required", .bool, default: .bool(StaffDefaults.visits.checkOutRequired), example: true,
                    "Staff check out when a visit ends."),
        SettingsKey("doubling_up", .localizedText, default: .english(StaffDefaults.visits.doublingUp), "When two workers go together."),
    ])
    static let support = SettingsSection("support", "Support for staff after an incident.", [
        SettingsKey("eap", .bool, example: true, "An Employee Assistance Program is offered; true when 'contacts' names one."),
        SettingsKey("debrief", .bool, default: true, example: true, "Staff are offered a debrief."),
        SettingsKey("mental_health_consultants", .bool, default: false, example: false, "Mental health consultants are available."),
        SettingsKey("team_debriefs", .bool, default: true, example: true, "Teams debrief together."),
    ])
    static let training = SettingsSection("training", "Safety training for staff.", [
        SettingsKey("topics", .localizedTextList, "The topics covered; replaces the built-in list."),
        SettingsKey("refresher_months", .integer(minimum: 1), default: .integer(StaffDefaults.refresherMonths),
                    example: .integer(StaffDefaults.refresherMonths), "How often, in months, training is refreshed."),
    ])
    static let reportingKeys = reporting.names
    static let visitsKeys = visits.names
    static let supportKeys = support.names
    static let trainingKeys = training.names

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
