import CCmark
@testable import PolicyKit

/// Policies and Markdown helpers shared by the template tests.
enum TemplateFixtures {
    /// A complete policy built from the built-in defaults, as a small settings file gives.
    static func defaultPolicy(_ jurisdiction: Jurisdiction = .canada) -> Policy {
        Policy(
            organisation: Organisation(name: "Harbourview Community Services", jurisdiction: jurisdiction),
            metadata: PolicyMetadata(version: "2.1", effectiveDate: CalendarDate(year: 2026, month: 1, day: 15)!),
            emergency: jurisdiction.defaultEmergencyNumbers,
            contacts: Contacts(managerOnDuty: StaffDefaults.managerOnDuty, director: StaffDefaults.director),
            premises: StaffDefaults.premises,
            clientExpectations: ClientExpectations(acceptable: ClientDefaults.acceptable, notAccepted: ClientDefaults.notAccepted),
            clientRights: ClientDefaults.rights,
            complaints: ClientDefaults.complaints,
            staffRights: StaffDefaults.rights,
            reporting: Reporting(debrief: StaffDefaults.debrief, incidentReportHours: StaffDefaults.incidentReportHours,
                                 notify: ["Manager on duty", "Director"], policeOnThreat: true),
            consequences: Consequences(ladder: ConsequenceDefaults.ladder, review: ConsequenceDefaults.review, seriousIncidentsSkipSteps: true),
            visits: StaffDefaults.visits,
            support: Support(eap: true, debrief: true, mentalHealthConsultants: true, teamDebriefs: true),
            training: Training(topics: StaffDefaults.trainingTopics, refresherMonths: StaffDefaults.refresherMonths),
            languages: [.english]
        )
    }

    /// A policy with every optional setting given and every premises measure on.
    static func fullPolicy() -> Policy {
        var policy = defaultPolicy()
        policy.organisation.address = "12 Front St, Halifax NS"
        policy.organisation.phone = "902-555-0100"
        policy.organisation.website = "https://example.org"
        policy.metadata.nextReview = CalendarDate(year: 2027, month: 1, day: 15)
        policy.metadata.approvedBy = "Board of Directors"
        policy.metadata.changeLog = [
            ChangeLogEntry(date: CalendarDate(year: 2025, month: 3, day: 1)!, version: "2.0", summary: "First board-approved edition."),
            ChangeLogEntry(date: CalendarDate(year: 2026, month: 1, day: 15)!, version: "2.1", summary: "Added the home-visit check-in rule."),
        ]
        policy.emergency.otherNumbers = [NamedNumber(name: "Poison Control", number: "1-800-268-9017")]
        policy.contacts = Contacts(
            managerOnDuty: Contact(title: "Manager on duty", phone: "ext. 201"),
            director: Contact(title: "Executive Director", name: "Dana Levesque", phone: "ext. 200"),
            security: Contact(title: "Building security", phone: "ext. 555"),
            eap: Contact(title: "Employee Assistance Program", name: "Homewood Health", phone: "1-800-663-1142"),
            other: [Contact(title: "Mobile crisis team", phone: "902-429-8167")]
        )
        policy.premises = Premises(duressAlarms: true, securityGuard: true, receptionCheckIn: true, barriers: true,
                                   cctv: true, interviewRoomLayout: true, quietRoom: true)
        policy.consequences.ladder[0].duration = "One visit"
        return policy
    }

    /// Replaces every free-text setting with `value(n)`, `n` numbering the settings so each
    /// one can be found in the output.
    static func withEveryText(_ policy: Policy, _ value: (Int) -> String) -> Policy {
        var p = policy
        var n = 0
        func next() -> String { n += 1; return value(n) }
        func nextText() -> LocalizedText { LocalizedText(next()) }
        p.organisation.name = nextText()
        p.organisation.address = next()
        p.organisation.phone = next()
        p.organisation.website = next()
        p.metadata.version = next()
        p.metadata.approvedBy = next()
        for i in p.metadata.changeLog.indices {
            p.metadata.changeLog[i].version = next()
            p.metadata.changeLog[i].summary = LocalizedText(next())
        }
        p.emergency.emergencyNumber = next()
        p.emergency.crisisLine = next()
        p.emergency.crisisLineName = nextText()
        for i in p.emergency.otherNumbers.indices {
            p.emergency.otherNumbers[i] = NamedNumber(name: nextText(), number: next())
        }
        func contact(_ c: inout Contact) { c.title = nextText(); c.name = next(); c.phone = nextText(); c.email = next() }
        contact(&p.contacts.managerOnDuty)
        contact(&p.contacts.director)
        if p.contacts.security != nil { contact(&p.contacts.security!) }
        if p.contacts.eap != nil { contact(&p.contacts.eap!) }
        for i in p.contacts.other.indices { contact(&p.contacts.other[i]) }
        p.clientExpectations.acceptable = p.clientExpectations.acceptable.map { _ in nextText() }
        p.clientExpectations.notAccepted = p.clientExpectations.notAccepted.map {
            NotAcceptedBehaviour(behaviour: nextText(), examples: $0.examples.map { _ in nextText() })
        }
        p.clientRights = p.clientRights.map { _ in nextText() }
        p.complaints = Complaints(contact: nextText(), how: nextText(), responseTime: nextText())
        p.staffRights = p.staffRights.map { _ in nextText() }
        p.reporting.debrief = nextText()
        p.reporting.notify = p.reporting.notify.map { _ in nextText() }
        for i in p.consequences.ladder.indices {
            p.consequences.ladder[i].trigger = nextText()
            p.consequences.ladder[i].response = nextText()
            p.consequences.ladder[i].decidedBy = nextText()
            p.consequences.ladder[i].duration = nextText()
            p.consequences.ladder[i].review = nextText()
        }
        p.consequences.review = nextText()
        p.visits.doublingUp = nextText()
        p.training.topics = p.training.topics.map { _ in nextText() }
        return p
    }

    /// The document's structure as cmark sees it: one line per node entered, indented by
    /// depth, with heading levels and list kinds. Text content is left out.
    static func structure(of markdown: String) -> [String] {
        walk(markdown) { node, depth in
            let type = cmark_node_get_type(node)
            var line = String(repeating: " ", count: depth) + String(cString: cmark_node_get_type_string(node))
            if type == CMARK_NODE_HEADING { line += " \(cmark_node_get_heading_level(node))" }
            if type == CMARK_NODE_LIST { line += cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? " ordered" : " bullet" }
            return line
        }
    }

    /// Every text node's literal, in order: what a reader sees.
    static func texts(of markdown: String) -> [String] {
        walk(markdown) { node, _ in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) else { return nil }
            return String(cString: literal)
        }
    }

    /// The visible text with adjacent text nodes joined (cmark splits text at some punctuation).
    static func visibleText(of markdown: String) -> String {
        var out = ""
        _ = walk(markdown) { node, _ -> String? in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                out += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                out += "\n"
            }
            return nil
        }
        return out
    }

    static func nodeTypes(of markdown: String) -> Set<String> {
        Set(walk(markdown) { node, _ in String(cString: cmark_node_get_type_string(node)) })
    }

    private static func walk(_ markdown: String, _ visit: (OpaquePointer, Int) -> String?) -> [String] {
        let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT)!
        defer { cmark_node_free(document) }
        let iterator = cmark_iter_new(document)!
        defer { cmark_iter_free(iterator) }
        var depth = 0
        var lines: [String] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            let node = cmark_iter_get_node(iterator)!
            if event == CMARK_EVENT_EXIT { depth -= 1; continue }
            if let line = visit(node, depth) { lines.append(line) }
            // Leaf nodes produce no exit event.
            if cmark_node_first_child(node) != nil || isContainer(node) { depth += 1 }
        }
        return lines
    }

    private static func isContainer(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH,
             CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
             CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }
}

extension LocalizedText {
    /// The English text, as English documents print it.
    var en: String { text(in: "en", primary: "en") }
}
