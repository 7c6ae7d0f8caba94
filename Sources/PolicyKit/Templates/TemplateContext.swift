/// What templates can name, built from a `Policy`: the settings under their snake_case
/// names (`organisation.name`, `premises.security_guard`), plus values derived for
/// wording (`policy.effective_date_text`, `reporting.incident_report_deadline`,
/// `has_security_contact`, ladder steps with `is_first`/`is_last`), in one language:
/// text given per language is resolved, and dates, counts and lists are worded in it.
///
/// `TemplateContext.shape` declares every name; templates are checked against it before
/// filling, and every built context is checked to conform to it.
struct TemplateContext: Sendable {
    let value: ContextValue

    /// The context for `language`'s documents (by default the policy's primary language).
    init(policy: Policy, language: Language? = nil) throws(DiagnosticList) {
        try self.init(policy: policy, language: language, shape: Self.shape)
    }

    /// The same, checked against a shape the caller made once for many contexts.
    init(policy: Policy, language: Language?, shape: ContextShape, changes: PolicyDiff? = nil) throws(DiagnosticList) {
        let language = language ?? policy.primaryLanguage
        var value = Self.build(policy, in: language)
        if case .object(var fields) = value {
            fields["changes"] = Self.changes(changes, policy: policy, in: language)
            value = .object(fields)
        }
        guard shape.conforms(value) else {
            let problems = shape.mismatches(of: value)
            throw DiagnosticList(problems.map { .error("setting '\($0.path)' \($0.problem); documents need a value there") })
        }
        self.value = value
    }

    // MARK: Declaration

    // Built on each use rather than stored: a stored global of this indirect enum keeps its
    // boxes behind pointers tagged with the enum case, which leak checkers (valgrind,
    // LeakSanitizer) cannot follow, so every build would be reported as leaking them.
    // It is made once per template check and once per build (`DocumentFiller.shape`).
    private static var contact: ContextShape { .object([
        "title": .text,
        "name": .optional(.text),
        "phone": .optional(.text),
        "email": .optional(.text),
    ]) }

    /// One step of the consequence ladder, as the ladder lists it and as a letter names
    /// its own step and the next.
    static var ladderStep: ContextShape { .object([
        "level": .number,
        "position": .number,
        "trigger": .text,
        "response": .text,
        "decided_by": .text,
        "duration": .optional(.text),
        "review": .optional(.text),
        "has_letter": .flag,
        "is_first": .flag,
        "is_last": .flag,
    ]) }

    static var shape: ContextShape { .object([
        "organisation": .object([
            "name": .text,
            "jurisdiction": .text,
            "country": .text,
            "address": .optional(.text),
            "phone": .optional(.text),
            "website": .optional(.text),
        ]),
        "language": .object([
            "code": .text,
            "direction": .text,
            "is_primary": .flag,
        ]),
        "policy": .object([
            "version": .text,
            "effective_date": .text,
            "effective_date_text": .text,
            "next_review": .optional(.text),
            "next_review_text": .optional(.text),
            "approved_by": .optional(.text),
            "change_log": .list(of: .object([
                "date": .text,
                "date_text": .text,
                "version": .optional(.text),
                "summary": .text,
            ])),
            "has_change_log": .flag,
        ]),
        "emergency": .object([
            "emergency_number": .text,
            "crisis_line": .text,
            "crisis_line_name": .text,
            "other_numbers": .list(of: .object(["name": .text, "number": .text])),
            "has_other_numbers": .flag,
        ]),
        "contacts": .object([
            "manager_on_duty": contact,
            "director": contact,
            "security": .optional(contact),
            "eap": .optional(contact),
            "other": .list(of: contact),
            "has_other": .flag,
        ]),
        "has_security_contact": .flag,
        "has_eap_contact": .flag,
        "premises": .object([
            "duress_alarms": .flag,
            "security_guard": .flag,
            "reception_check_in": .flag,
            "barriers": .flag,
            "cctv": .flag,
            "interview_room_layout": .flag,
            "quiet_room": .flag,
            "has_security_systems": .flag,
        ]),
        "client_expectations": .object([
            "acceptable": .list(of: .text),
            "not_accepted": .list(of: .object([
                "behaviour": .text,
                "examples": .list(of: .text),
                "has_examples": .flag,
                "examples_text": .optional(.text),
                "first_example": .optional(.text),
            ])),
        ]),
        // The lobby poster's few lines and the address its QR code opens.
        "poster": .object([
            "behaviours": .list(of: .text),
            "qr_url": .optional(.text),
            // The same address as a reader types it, printed under the code.
            "qr_address": .optional(.text),
        ]),
        "client_rights": .list(of: .text),
        "complaints": .object([
            "contact": .text,
            "how": .text,
            "response_time": .optional(.text),
        ]),
        "staff_rights": .list(of: .text),
        "reporting": .object([
            "debrief": .text,
            "incident_report_hours": .number,
            "incident_report_deadline": .text,
            "notify": .list(of: .text),
            "notify_text": .optional(.text),
            "police_on_threat": .flag,
        ]),
        "consequences": .object([
            "ladder": .list(of: ladderStep),
            "step_count": .number,
            "review": .text,
            "serious_incidents_skip_steps": .flag,
        ]),
        "visits": .object([
            "home_visits": .flag,
            "itinerary_required": .flag,
            "check_in_interval_minutes": .number,
            "check_in_interval": .text,
            "check_in_every": .text,
            "check_out_required": .flag,
            "doubling_up": .text,
        ]),
        "support": .object([
            "eap": .flag,
            "debrief": .flag,
            "mental_health_consultants": .flag,
            "team_debriefs": .flag,
        ]),
        "training": .object([
            "topics": .list(of: .text),
            "topics_text": .text,
            "refresher_months": .number,
            "refresher_interval": .text,
            "refresher_every": .text,
        ]),
        "languages": .list(of: .text),
        // Only in a consequence letter's context: see `LetterContext`.
        "letter": .optional(LetterContext.shape),
        "changes": .object([
            "title": .text,
            "has_changes": .flag,
            "no_changes": .text,
            "previous_version": .optional(.text),
            "log_summary": .optional(.text),
            "sections": .list(of: .object([
                "heading": .text,
                "sentences": .list(of: .text),
            ])),
        ]),
    ]) }

    // MARK: Building

    private static func build(_ policy: Policy, in language: Language) -> ContextValue {
        let primary = policy.primaryLanguage.code
        // Built-in text carries an American wording of its own; the settings' text does not.
        func text(_ value: LocalizedText) -> String {
            value.translations[language.wordingCode] ?? value.text(in: language.code, primary: primary)
        }
        func texts(_ values: [LocalizedText]) -> [String] { values.map(text) }
        func optional(_ value: LocalizedText?) -> ContextValue { Self.optional(value.map(text)) }
        // Numbers, addresses and dates keep their own order inside right-to-left text.
        func ltr(_ value: ContextValue) -> ContextValue { BidiIsolation.isolate(value, with: BidiIsolation.leftToRight, in: language) }
        func own(_ value: ContextValue) -> ContextValue { BidiIsolation.isolate(value, with: BidiIsolation.firstStrong, in: language) }
        func contact(_ contact: Contact) -> ContextValue {
            .object([
                "title": .text(text(contact.title)),
                "name": Self.optional(contact.name),
                "phone": own(optional(contact.phone)),
                "email": ltr(Self.optional(contact.email)),
            ])
        }
        let organisation = policy.organisation
        let metadata = policy.metadata
        let ladder = policy.consequences.ladder
        return .object([
            "organisation": .object([
                "name": .text(text(organisation.name)),
                "jurisdiction": .text(organisation.jurisdiction.rawValue),
                "country": .text(organisation.jurisdiction.name(in: language)),
                "address": own(Self.optional(organisation.address)),
                "phone": ltr(Self.optional(organisation.phone)),
                "website": ltr(Self.optional(organisation.website)),
            ]),
            "language": .object([
                "code": .text(language.code),
                "direction": .text(language.direction.rawValue),
                "is_primary": .flag(language == policy.primaryLanguage),
            ]),
            "policy": .object([
                "version": ltr(.text(metadata.version)),
                "effective_date": ltr(.text(metadata.effectiveDate.iso)),
                "effective_date_text": own(.text(language.date(metadata.effectiveDate))),
                "next_review": ltr(Self.optional(metadata.nextReview?.iso)),
                "next_review_text": own(Self.optional(metadata.nextReview.map(language.date))),
                "approved_by": Self.optional(metadata.approvedBy),
                "change_log": .list(metadata.changeLog.map { entry in
                    .object([
                        "date": ltr(.text(entry.date.iso)),
                        "date_text": own(.text(language.date(entry.date))),
                        "version": ltr(Self.optional(entry.version)),
                        "summary": .text(text(entry.summary)),
                    ])
                }),
                "has_change_log": .flag(!metadata.changeLog.isEmpty),
            ]),
            "emergency": .object([
                "emergency_number": ltr(.text(policy.emergency.emergencyNumber)),
                "crisis_line": ltr(.text(policy.emergency.crisisLine)),
                "crisis_line_name": .text(text(policy.emergency.crisisLineName)),
                "other_numbers": .list(policy.emergency.otherNumbers.map {
                    .object(["name": .text(text($0.name)), "number": ltr(.text($0.number))])
                }),
                "has_other_numbers": .flag(!policy.emergency.otherNumbers.isEmpty),
            ]),
            "contacts": .object([
                "manager_on_duty": contact(policy.contacts.managerOnDuty),
                "director": contact(policy.contacts.director),
                "security": policy.contacts.security.map(contact) ?? .absent,
                "eap": policy.contacts.eap.map(contact) ?? .absent,
                "other": .list(policy.contacts.other.map(contact)),
                "has_other": .flag(!policy.contacts.other.isEmpty),
            ]),
            "has_security_contact": .flag(policy.contacts.security != nil),
            "has_eap_contact": .flag(policy.contacts.eap != nil),
            "premises": .object([
                "duress_alarms": .flag(policy.premises.duressAlarms),
                "security_guard": .flag(policy.premises.securityGuard),
                "reception_check_in": .flag(policy.premises.receptionCheckIn),
                "barriers": .flag(policy.premises.barriers),
                "cctv": .flag(policy.premises.cctv),
                "interview_room_layout": .flag(policy.premises.interviewRoomLayout),
                "quiet_room": .flag(policy.premises.quietRoom),
                "has_security_systems": .flag(policy.premises.cctv || policy.premises.duressAlarms || policy.premises.securityGuard),
            ]),
            "client_expectations": .object([
                "acceptable": .list(texts(policy.clientExpectations.acceptable).map(ContextValue.text)),
                "not_accepted": .list(policy.clientExpectations.notAccepted.map { item in
                    .object([
                        "behaviour": .text(text(item.behaviour)),
                        "examples": .list(texts(item.examples).map(ContextValue.text)),
                        "has_examples": .flag(!item.examples.isEmpty),
                        "examples_text": item.examples.isEmpty ? .absent : .text(texts(item.examples).joined(separator: "; ")),
                        // The poster has room for one example per behaviour at a size read from across a room.
                        "first_example": item.examples.first.map { ContextValue.text(text($0)) } ?? .absent,
                    ])
                }),
            ]),
            "poster": .object([
                "behaviours": .list(texts(policy.clientExpectations.posterBehaviours.map(\.behaviour)).map(ContextValue.text)),
                "qr_url": ltr(Self.optional(policy.qrURL(in: language))),
                "qr_address": ltr(Self.optional(policy.qrAddress(in: language))),
            ]),
            "client_rights": .list(texts(policy.clientRights).map(ContextValue.text)),
            "complaints": .object([
                "contact": .text(text(policy.complaints.contact)),
                "how": .text(text(policy.complaints.how)),
                "response_time": optional(policy.complaints.responseTime),
            ]),
            "staff_rights": .list(texts(policy.staffRights).map(ContextValue.text)),
            "reporting": .object([
                "debrief": .text(text(policy.reporting.debrief)),
                "incident_report_hours": .number(policy.reporting.incidentReportHours),
                "incident_report_deadline": .text(language.counted(policy.reporting.incidentReportHours, .hour)),
                "notify": .list(texts(policy.reporting.notify).map(ContextValue.text)),
                "notify_text": policy.reporting.notify.isEmpty ? .absent : .text(language.listed(texts(policy.reporting.notify))),
                "police_on_threat": .flag(policy.reporting.policeOnThreat),
            ]),
            "consequences": .object([
                "ladder": .list(ladder.indices.map { ladderStep(policy, at: $0, in: language) }),
                "step_count": .number(ladder.count),
                "review": .text(text(policy.consequences.review)),
                "serious_incidents_skip_steps": .flag(policy.consequences.seriousIncidentsSkipSteps),
            ]),
            "visits": .object([
                "home_visits": .flag(policy.visits.homeVisits),
                "itinerary_required": .flag(policy.visits.itineraryRequired),
                "check_in_interval_minutes": .number(policy.visits.checkInIntervalMinutes),
                "check_in_interval": .text(language.interval(minutes: policy.visits.checkInIntervalMinutes)),
                "check_in_every": .text(language.every(minutes: policy.visits.checkInIntervalMinutes)),
                "check_out_required": .flag(policy.visits.checkOutRequired),
                "doubling_up": .text(text(policy.visits.doublingUp)),
            ]),
            "support": .object([
                "eap": .flag(policy.support.eap),
                "debrief": .flag(policy.support.debrief),
                "mental_health_consultants": .flag(policy.support.mentalHealthConsultants),
                "team_debriefs": .flag(policy.support.teamDebriefs),
            ]),
            "training": .object([
                "topics": .list(texts(policy.training.topics).map(ContextValue.text)),
                "topics_text": .text(language.listed(texts(policy.training.topics))),
                "refresher_months": .number(policy.training.refresherMonths),
                "refresher_interval": .text(language.counted(policy.training.refresherMonths, .month)),
                "refresher_every": .text(language.every(policy.training.refresherMonths, .month)),
            ]),
            "languages": .list(policy.languages.map { ContextValue.text($0.code) }),
            "letter": .absent,
        ])
    }

    /// The ladder's step at `offset` (0 for the first), worded in `language`.
    static func ladderStep(_ policy: Policy, at offset: Int, in language: Language) -> ContextValue {
        let ladder = policy.consequences.ladder
        let step = ladder[offset]
        let primary = policy.primaryLanguage.code
        func text(_ value: LocalizedText) -> String { value.text(in: language.code, primary: primary) }
        return .object([
            "level": .number(step.level),
            "position": .number(offset + 1),
            "trigger": .text(text(step.trigger)),
            "response": .text(text(step.response)),
            "decided_by": .text(text(step.decidedBy)),
            "duration": optional(step.duration.map(text)),
            "review": optional(step.review.map(text)),
            "has_letter": .flag(step.letter),
            "is_first": .flag(offset == 0),
            "is_last": .flag(offset == ladder.count - 1),
        ])
    }

    /// What changed since the earlier version, for the `changes` document; with no earlier
    /// version, no changes.
    private static func changes(_ diff: PolicyDiff?, policy: Policy, in language: Language) -> ContextValue {
        let wording = language.changeWording
        let sections = diff?.summary(in: language) ?? []
        return .object([
            "title": .text(wording.title(version: policy.metadata.version)),
            "has_changes": .flag(!sections.isEmpty),
            "no_changes": .text(wording.noChanges),
            "previous_version": optional(diff?.oldVersion),
            // The change log's own words for this version, when it has an entry.
            "log_summary": optional(policy.metadata.changeLog.last { $0.version == policy.metadata.version }?.summary
                .text(in: language.code, primary: policy.primaryLanguage.code)),
            "sections": .list(sections.map { section in
                .object([
                    "heading": .text(section.heading),
                    "sentences": .list(section.sentences.map(ContextValue.text)),
                ])
            }),
        ])
    }

    static func optional(_ text: String?) -> ContextValue {
        guard let text, !MarkdownEscaper.normalisedText(text).isEmpty else { return .absent }
        return .text(text)
    }
}
