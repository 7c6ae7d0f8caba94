struct EnglishChangeWording: ChangeWording {
    var language: Language { .english }
    let noChanges = "No changes to the policy."

    func title(version: String) -> String { "What changed in version \(version)" }

    func heading(_ section: PolicySection) -> String {
        switch section {
        case .organisation: "Organisation"
        case .policy: "Policy"
        case .emergency: "Emergency numbers"
        case .contacts: "Contacts"
        case .premises: "Premises"
        case .clientExpectations: "What we ask of clients"
        case .clientRights: "Client rights"
        case .complaints: "Complaints"
        case .staffRights: "Staff rights"
        case .reporting: "Reporting"
        case .consequences: "Consequences"
        case .visits: "Home and field visits"
        case .support: "Support after an incident"
        case .training: "Training"
        case .languages: "Languages"
        case .documents: "Documents"
        }
    }

    func translationsUpdated(_ field: ValueField) -> String {
        "\(label(field)): translations updated."
    }

    func languageAdded(_ added: Language) -> String {
        "Documents are now also made in \(added.englishName)."
    }

    func languageRemoved(_ removed: Language) -> String {
        "Documents are no longer made in \(removed.englishName)."
    }

    func primaryLanguage(old: Language, new: Language) -> String {
        "The primary language is now \(new.englishName) (was \(old.englishName))."
    }

    /// The closing of a sentence, telling that the other languages' text changed too.
    func ending(_ translations: Bool) -> String {
        translations ? " (translations updated)." : "."
    }

    private func quoted(_ text: String) -> String { "“\(text)”" }

    private func label(_ field: ValueField) -> String {
        switch field {
        case .organisationName: "The organisation's name"
        case .jurisdiction: "The jurisdiction"
        case .address: "The organisation's address"
        case .phone: "The organisation's phone number"
        case .website: "The organisation's website"
        case .approvedBy: "Approval of the policy"
        case .emergencyNumber: "The emergency number"
        case .crisisLine: "The crisis line"
        case .crisisLineName: "The crisis line's name"
        case .managerOnDuty: "The manager on duty"
        case .director: "The director"
        case .security: "Security"
        case .eapContact: "The employee assistance contact"
        case .complaintsContact: "The person who receives complaints"
        case .complaintsHow: "The way to make a complaint"
        case .complaintsResponseTime: "The time to answer a complaint"
        case .debrief: "When to debrief"
        case .incidentReportHours: "The incident report deadline"
        case .consequencesReview: "The way to ask for a review"
        case .checkInInterval: "The check-in interval during visits"
        case .doublingUp: "When two workers go together"
        case .refresherMonths: "Refresher training"
        case .paper: "The paper size"
        }
    }

    /// Whether the field holds sentences or phrases, which read best in quotation marks.
    private func isProse(_ field: ValueField) -> Bool {
        switch field {
        case .complaintsHow, .complaintsResponseTime, .debrief, .consequencesReview, .doublingUp: true
        default: false
        }
    }

    func value(_ field: ValueField, old: String?, new: String?) -> String {
        switch (field, old, new) {
        case (.incidentReportHours, let old?, let new?):
            return "Incident reports are now due within \(hours(new)) (was \(hours(old)))"
        case (.checkInInterval, let old?, let new?):
            return "During visits, workers now check in \(language.every(minutes: Int(new)!)) (was \(language.every(minutes: Int(old)!)))"
        case (.refresherMonths, let old?, let new?):
            return "Refresher training is now \(language.every(Int(new)!, .month)) (was \(language.every(Int(old)!, .month)))"
        case (.jurisdiction, let old?, let new?):
            return "The jurisdiction is now \(country(new)) (was \(country(old)))"
        case (.paper, let old?, let new?):
            return "The documents are now laid out for \(paper(new)) paper (was \(paper(old)))"
        case (.approvedBy, _, let new?):
            return "The policy is now approved by \(new)" + (old.map { " (was \($0))" } ?? "")
        case (.approvedBy, let old?, nil):
            return "The policy no longer names who approved it (was \(old))"
        default:
            let show = isProse(field) ? quoted : { $0 }
            switch (old, new) {
            case (let old?, let new?): return "\(label(field)) is now \(show(new)) (was \(show(old)))"
            case (nil, let new?): return "\(label(field)) is now \(show(new))"
            case (let old?, nil): return "\(label(field)) is no longer given (was \(show(old)))"
            case (nil, nil): return "\(label(field)) changed"
            }
        }
    }


    func measure(_ measure: Measure, now: Bool) -> String {
        let (yes, no): (String, String) = switch measure {
        case .duressAlarms: ("Premises: duress alarms are now in place.", "Premises: duress alarms are no longer in place.")
        case .securityGuard: ("Premises: a security guard is now on site.", "Premises: a security guard is no longer on site.")
        case .receptionCheckIn: ("Premises: clients now sign in at reception.", "Premises: clients no longer sign in at reception.")
        case .barriers: ("Premises: screens or counters now separate reception staff from visitors.", "Premises: screens or counters no longer separate reception staff from visitors.")
        case .cctv: ("Premises: security cameras are now in use.", "Premises: security cameras are no longer in use.")
        case .interviewRoomLayout: ("Premises: interview rooms are now arranged so the worker sits nearest the door.", "Premises: interview rooms are no longer arranged so the worker sits nearest the door.")
        case .quietRoom: ("Premises: a quiet room is now available.", "Premises: a quiet room is no longer available.")
        case .policeOnThreat: ("The police are now called at once on any threat of physical violence.", "The police are no longer called at once on every threat of physical violence.")
        case .seriousIncidentsSkipSteps: ("Serious incidents may now skip steps of the consequence ladder.", "Serious incidents may no longer skip steps of the consequence ladder.")
        case .homeVisits: ("Workers now make home and field visits.", "Workers no longer make home or field visits.")
        case .itineraryRequired: ("Workers now leave an itinerary before a visit.", "Workers no longer have to leave an itinerary before a visit.")
        case .checkOutRequired: ("Workers now sign off with the office when a visit ends.", "Workers no longer have to sign off with the office when a visit ends.")
        case .eap: ("An employee assistance program is now offered.", "An employee assistance program is no longer offered.")
        case .debrief: ("A debrief with a manager now follows every incident.", "A debrief with a manager no longer follows every incident.")
        case .mentalHealthConsultants: ("Workers can now see mental-health consultants.", "Workers can no longer see mental-health consultants.")
        case .teamDebriefs: ("Difficult interactions are now talked through at team meetings.", "Difficult interactions are no longer talked through at team meetings.")
        }
        return now ? yes : no
    }

    /// The list's item, singular and plural, as a sentence starts with it.
    private func names(_ list: ListField) -> (one: String, many: String) {
        switch list {
        case .otherNumbers: ("Phone number", "Other phone numbers")
        case .otherContacts: ("Contact", "Other contacts")
        case .acceptable: ("Expectation of clients", "Expectations of clients")
        case .notAccepted: ("Behaviour that is not accepted", "Behaviours that are not accepted")
        case .examples(let behaviour): ("Example of \(quoted(behaviour))", "Examples of \(quoted(behaviour))")
        case .clientRights: ("Client right", "Client rights")
        case .staffRights: ("Staff right", "Staff rights")
        case .notify: ("Person told of every incident", "People told of every incident")
        case .trainingTopics: ("Training topic", "Training topics")
        }
    }

    func item(_ list: ListField, _ change: ItemChange) -> String {
        let (one, many) = names(list)
        switch (list, change) {
        case (.notAccepted, .added(let item)): return "New behaviour that is not accepted: \(item.endingSentence)"
        case (.notAccepted, .removed(let item)): return "No longer listed as not accepted: \(item.endingSentence)"
        case (_, .added(let item)): return "New \(one.lowercasedFirst): \(item.endingSentence)"
        case (_, .removed(let item)): return "\(one) removed: \(item.endingSentence)"
        case (_, .changed(let old, let new, let translations)):
            return "\(one) changed: \(quoted(new)) (was \(quoted(old)))" + ending(translations)
        case (_, .translations(let item)): return "\(one) \(quoted(item)): translations updated."
        case (_, .reordered): return "\(many) are now in a different order."
        }
    }

    private func fieldName(_ field: StepField) -> String {
        switch field {
        case .trigger: "now applies to"
        case .response: "is now"
        case .decidedBy: "is now decided by"
        case .duration: "now lasts"
        case .review: "is now reviewed"
        }
    }

    func step(_ level: Int, _ change: StepChange) -> String {
        let step = "Step \(level) of the consequence ladder"
        switch change {
        case .added(let response): return "New step \(level) of the consequence ladder: \(response.endingSentence)"
        case .removed(let response): return "\(step) was removed (it was: \(response))."
        case .translations: return "\(step): translations updated."
        case .field(let field, let old, let new, let translations):
            let was = old.map { " (was: \($0))" } ?? ""
            guard let new else {
                let gone = field == .duration ? "no longer has a set duration" : "is no longer reviewed"
                return "\(step) \(gone)\(was)" + ending(translations)
            }
            return "\(step) \(fieldName(field)): \(new)\(was)" + ending(translations)
        }
    }
}

extension String {
    /// The string with its first letter in lower case, for a noun that no longer starts the sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
