/// One difference between two policies, with the values it is told with already in the
/// primary language, so that each language's wording only has to put it into words.
enum PolicyChange: Hashable, Sendable {
    /// A single value: `old` or `new` is nil where the value is not given.
    case value(ValueField, old: String?, new: String?, translationsUpdated: Bool)
    /// Only the other languages' text of a value changed.
    case valueTranslations(ValueField)
    /// A yes/no setting, such as whether there is a security guard.
    case measure(Measure, now: Bool)
    /// An item of a list, or the list's order.
    case item(ListField, ItemChange)
    /// A step of the consequence ladder, by its level.
    case step(level: Int, StepChange)
    case languageAdded(Language)
    case languageRemoved(Language)
    case primaryLanguage(old: Language, new: Language)

    /// The section of the summary the change is told in.
    var section: PolicySection {
        switch self {
        case .value(let field, _, _, _), .valueTranslations(let field): field.section
        case .measure(let measure, _): measure.section
        case .item(let list, _): list.section
        case .step: .consequences
        case .languageAdded, .languageRemoved, .primaryLanguage: .languages
        }
    }
}

/// The sections of the summary, in the order the settings file and the handbook give them.
enum PolicySection: CaseIterable, Hashable, Sendable {
    case organisation, policy, emergency, contacts, premises, clientExpectations, clientRights,
         complaints, staffRights, reporting, consequences, visits, support, training, languages, documents
}

/// What happened to one item of a list.
enum ItemChange: Hashable, Sendable {
    case added(String)
    case removed(String)
    /// An item at the same place now reads differently.
    case changed(old: String, new: String, translationsUpdated: Bool)
    /// Only the other languages' text of the item changed.
    case translations(String)
    /// The same items are in a different order.
    case reordered
}

/// What changed in one step of the consequence ladder.
enum StepChange: Hashable, Sendable {
    case added(response: String)
    case removed(response: String)
    case field(StepField, old: String?, new: String?, translationsUpdated: Bool)
    case translations(StepField)
}

enum StepField: CaseIterable, Hashable, Sendable {
    case trigger, response, decidedBy, duration, review
}

/// Values told as "X is now Y (was Z)".
enum ValueField: Hashable, Sendable {
    case organisationName, jurisdiction, address, phone, website
    case approvedBy
    case emergencyNumber, crisisLine, crisisLineName
    case managerOnDuty, director, security, eapContact
    case complaintsContact, complaintsHow, complaintsResponseTime
    case debrief, incidentReportHours
    case consequencesReview
    case checkInInterval, doublingUp
    case refresherMonths
    case paper

    var section: PolicySection {
        switch self {
        case .organisationName, .jurisdiction, .address, .phone, .website: .organisation
        case .approvedBy: .policy
        case .emergencyNumber, .crisisLine, .crisisLineName: .emergency
        case .managerOnDuty, .director, .security, .eapContact: .contacts
        case .complaintsContact, .complaintsHow, .complaintsResponseTime: .complaints
        case .debrief, .incidentReportHours: .reporting
        case .consequencesReview: .consequences
        case .checkInInterval, .doublingUp: .visits
        case .refresherMonths: .training
        case .paper: .documents
        }
    }
}

/// Yes/no settings.
enum Measure: Hashable, Sendable {
    case duressAlarms, securityGuard, receptionCheckIn, barriers, cctv, interviewRoomLayout, quietRoom
    case policeOnThreat
    case seriousIncidentsSkipSteps
    case homeVisits, itineraryRequired, checkOutRequired
    case eap, debrief, mentalHealthConsultants, teamDebriefs

    var section: PolicySection {
        switch self {
        case .duressAlarms, .securityGuard, .receptionCheckIn, .barriers, .cctv, .interviewRoomLayout, .quietRoom: .premises
        case .policeOnThreat: .reporting
        case .seriousIncidentsSkipSteps: .consequences
        case .homeVisits, .itineraryRequired, .checkOutRequired: .visits
        case .eap, .debrief, .mentalHealthConsultants, .teamDebriefs: .support
        }
    }
}

/// Lists compared item by item.
enum ListField: Hashable, Sendable {
    case otherNumbers, otherContacts
    case acceptable, notAccepted
    /// The examples of one behaviour that is not accepted, named in the primary language.
    case examples(of: String)
    case clientRights, staffRights
    case notify
    case trainingTopics

    var section: PolicySection {
        switch self {
        case .otherNumbers: .emergency
        case .otherContacts: .contacts
        case .acceptable, .notAccepted, .examples: .clientExpectations
        case .clientRights: .clientRights
        case .staffRights: .staffRights
        case .notify: .reporting
        case .trainingTopics: .training
        }
    }
}
