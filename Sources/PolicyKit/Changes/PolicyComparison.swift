/// Compares two typed policies section by section and lists what a reader of the built
/// documents would notice. The version, the dates and the change log are left out: they
/// say that a policy changed, not what changed.
struct PolicyComparison {
    let old: Policy
    let new: Policy
    let text: ChangeText

    /// Values are told in `language`; the other languages' text is only checked for changes.
    init(old: Policy, new: Policy, language: String) {
        self.old = old
        self.new = new
        text = ChangeText(old: old, new: new, language: language)
    }

    func changes() -> [PolicyChange] {
        var changes: [PolicyChange] = []
        compareOrganisation(into: &changes)
        changes += value(.approvedBy, old.metadata.approvedBy, new.metadata.approvedBy)
        compareEmergency(into: &changes)
        compareContacts(into: &changes)
        changes += measures([
            (.duressAlarms, \.premises.duressAlarms), (.securityGuard, \.premises.securityGuard),
            (.receptionCheckIn, \.premises.receptionCheckIn), (.barriers, \.premises.barriers),
            (.cctv, \.premises.cctv), (.interviewRoomLayout, \.premises.interviewRoomLayout),
            (.quietRoom, \.premises.quietRoom),
        ])
        compareClientExpectations(into: &changes)
        changes += list(.clientRights, old.clientRights, new.clientRights)
        changes += value(.complaintsContact, old.complaints.contact, new.complaints.contact)
        changes += value(.complaintsHow, old.complaints.how, new.complaints.how)
        changes += value(.complaintsResponseTime, old.complaints.responseTime, new.complaints.responseTime)
        changes += list(.staffRights, old.staffRights, new.staffRights)
        compareReporting(into: &changes)
        compareConsequences(into: &changes)
        compareVisits(into: &changes)
        changes += measures([
            (.eap, \.support.eap), (.debrief, \.support.debrief),
            (.mentalHealthConsultants, \.support.mentalHealthConsultants), (.teamDebriefs, \.support.teamDebriefs),
        ])
        changes += list(.trainingTopics, old.training.topics, new.training.topics)
        changes += number(.refresherMonths, old.training.refresherMonths, new.training.refresherMonths)
        compareLanguages(into: &changes)
        // The paper the documents are laid out for, whether written or the jurisdiction's usual one.
        let oldPaper = old.documents.paper ?? old.organisation.jurisdiction.usualPaper
        let newPaper = new.documents.paper ?? new.organisation.jurisdiction.usualPaper
        if oldPaper != newPaper {
            changes.append(.value(.paper, old: oldPaper.rawValue, new: newPaper.rawValue, translationsUpdated: false))
        }
        return changes
    }

    private func compareOrganisation(into changes: inout [PolicyChange]) {
        let (o, n) = (old.organisation, new.organisation)
        changes += value(.organisationName, o.name, n.name)
        if o.jurisdiction != n.jurisdiction {
            changes.append(.value(.jurisdiction, old: o.jurisdiction.rawValue, new: n.jurisdiction.rawValue, translationsUpdated: false))
        }
        changes += value(.address, o.address, n.address)
        changes += value(.phone, o.phone, n.phone)
        changes += value(.website, o.website, n.website)
    }

    private func compareEmergency(into changes: inout [PolicyChange]) {
        let (o, n) = (old.emergency, new.emergency)
        changes += value(.emergencyNumber, o.emergencyNumber, n.emergencyNumber)
        changes += value(.crisisLine, o.crisisLine, n.crisisLine)
        changes += value(.crisisLineName, o.crisisLineName, n.crisisLineName)
        changes += list(.otherNumbers, o.otherNumbers, n.otherNumbers) { text.side($1).namedNumber($0, in: $2) }
    }

    private func compareContacts(into changes: inout [PolicyChange]) {
        let (o, n) = (old.contacts, new.contacts)
        changes += contact(.managerOnDuty, o.managerOnDuty, n.managerOnDuty)
        changes += contact(.director, o.director, n.director)
        changes += contact(.security, o.security, n.security)
        changes += contact(.eapContact, o.eap, n.eap)
        changes += list(.otherContacts, o.other, n.other) { text.side($1).contact($0, in: $2) }
    }

    private func compareClientExpectations(into changes: inout [PolicyChange]) {
        let (o, n) = (old.clientExpectations, new.clientExpectations)
        changes += list(.acceptable, o.acceptable, n.acceptable)
        changes += list(.notAccepted, o.notAccepted, n.notAccepted) { text.side($1).text($0.behaviour, in: $2) }
        // A behaviour kept under the same name may still have different examples.
        for behaviour in n.notAccepted {
            let name = text.new.text(behaviour.behaviour, in: text.primary)
            guard let before = o.notAccepted.first(where: { text.old.text($0.behaviour, in: text.primary) == name }) else { continue }
            changes += list(.examples(of: name), before.examples, behaviour.examples)
        }
    }

    private func compareReporting(into changes: inout [PolicyChange]) {
        let (o, n) = (old.reporting, new.reporting)
        changes += value(.debrief, o.debrief, n.debrief)
        changes += number(.incidentReportHours, o.incidentReportHours, n.incidentReportHours)
        changes += list(.notify, o.notify, n.notify)
        changes += measures([(.policeOnThreat, \.reporting.policeOnThreat)])
    }

    private func compareConsequences(into changes: inout [PolicyChange]) {
        let (o, n) = (old.consequences, new.consequences)
        for step in n.ladder {
            guard let before = o.ladder.first(where: { $0.level == step.level }) else {
                changes.append(.step(level: step.level, .added(response: text.new.text(step.response, in: text.primary))))
                continue
            }
            let fields: [(StepField, LocalizedText?, LocalizedText?)] = [
                (.trigger, before.trigger, step.trigger), (.response, before.response, step.response),
                (.decidedBy, before.decidedBy, step.decidedBy), (.duration, before.duration, step.duration),
                (.review, before.review, step.review),
            ]
            for (field, was, now) in fields {
                switch textChange(was, now) {
                case .none: break
                case .translations: changes.append(.step(level: step.level, .translations(field)))
                case .text(let oldText, let newText, let translations):
                    changes.append(.step(level: step.level, .field(field, old: oldText, new: newText, translationsUpdated: translations)))
                }
            }
        }
        for step in o.ladder where !n.ladder.contains(where: { $0.level == step.level }) {
            changes.append(.step(level: step.level, .removed(response: text.old.text(step.response, in: text.primary))))
        }
        changes += value(.consequencesReview, o.review, n.review)
        changes += measures([(.seriousIncidentsSkipSteps, \.consequences.seriousIncidentsSkipSteps)])
    }

    private func compareVisits(into changes: inout [PolicyChange]) {
        let (o, n) = (old.visits, new.visits)
        changes += measures([(.homeVisits, \.visits.homeVisits), (.itineraryRequired, \.visits.itineraryRequired)])
        changes += number(.checkInInterval, o.checkInIntervalMinutes, n.checkInIntervalMinutes)
        changes += measures([(.checkOutRequired, \.visits.checkOutRequired)])
        changes += value(.doublingUp, o.doublingUp, n.doublingUp)
    }

    private func compareLanguages(into changes: inout [PolicyChange]) {
        if old.primaryLanguage != new.primaryLanguage {
            changes.append(.primaryLanguage(old: old.primaryLanguage, new: new.primaryLanguage))
        }
        for language in new.languages where !old.languages.contains(language) {
            changes.append(.languageAdded(language))
        }
        for language in old.languages where !new.languages.contains(language) {
            changes.append(.languageRemoved(language))
        }
    }

    // MARK: - Kinds of value

    private func measures(_ measures: [(Measure, KeyPath<Policy, Bool>)]) -> [PolicyChange] {
        measures.compactMap { measure, path in
            old[keyPath: path] == new[keyPath: path] ? nil : .measure(measure, now: new[keyPath: path])
        }
    }

    private func number(_ field: ValueField, _ was: Int, _ now: Int) -> [PolicyChange] {
        was == now ? [] : [.value(field, old: String(was), new: String(now), translationsUpdated: false)]
    }

    private func value(_ field: ValueField, _ was: String?, _ now: String?) -> [PolicyChange] {
        was == now ? [] : [.value(field, old: was, new: now, translationsUpdated: false)]
    }

    private func value(_ field: ValueField, _ was: LocalizedText?, _ now: LocalizedText?) -> [PolicyChange] {
        switch textChange(was, now) {
        case .none: []
        case .translations: [.valueTranslations(field)]
        case .text(let oldText, let newText, let translations):
            [.value(field, old: oldText, new: newText, translationsUpdated: translations)]
        }
    }

    private func contact(_ field: ValueField, _ was: Contact?, _ now: Contact?) -> [PolicyChange] {
        let oldText = was.map { text.contact($0, in: .old) }
        let newText = now.map { text.contact($0, in: .new) }
        let translations = languagesDiffer { code in
            (was.map { text.old.contact($0, in: code) }, now.map { text.new.contact($0, in: code) })
        }
        if oldText != newText {
            return [.value(field, old: oldText, new: newText, translationsUpdated: translations && was != nil && now != nil)]
        }
        return translations ? [.valueTranslations(field)] : []
    }

    private enum TextChange {
        case none
        case translations
        case text(old: String?, new: String?, translations: Bool)
    }

    /// How a per-language text changed: in the primary language, and in the others.
    private func textChange(_ was: LocalizedText?, _ now: LocalizedText?) -> TextChange {
        let oldText = was.map { text.old.text($0, in: text.primary) }
        let newText = now.map { text.new.text($0, in: text.primary) }
        let translations = languagesDiffer { code in
            (was.map { text.old.text($0, in: code) }, now.map { text.new.text($0, in: code) })
        }
        if oldText != newText {
            return .text(old: oldText, new: newText, translations: translations && was != nil && now != nil)
        }
        return translations ? .translations : .none
    }

    /// Whether the text has its own translation that changed in any language other than
    /// the summary's; text that only repeats the summary language's is not a translation.
    private func languagesDiffer(_ texts: (String) -> (String?, String?)) -> Bool {
        let (oldMain, newMain) = texts(text.primary)
        return text.otherLanguages.contains { code in
            let (was, now) = texts(code)
            return was != now && !(was == oldMain && now == newMain)
        }
    }

    private func list(_ field: ListField, _ was: [LocalizedText], _ now: [LocalizedText]) -> [PolicyChange] {
        list(field, was, now) { item, side, code in text.side(side).text(item, in: code) }
    }

    /// Compares two lists item by item. Items are matched by their primary-language text;
    /// an item that no longer matches but sits where a new one now sits was changed.
    private func list<Item>(_ field: ListField, _ was: [Item], _ now: [Item], _ read: (Item, ChangeText.Side, String) -> String) -> [PolicyChange] {
        let oldKeys = Self.numbered(was.map { read($0, .old, text.primary) })
        let newKeys = Self.numbered(now.map { read($0, .new, text.primary) })
        let oldSet = Set(oldKeys), newSet = Set(newKeys)
        var changes: [ItemChange] = []
        var pairedOld = Set<Int>()
        for (index, key) in newKeys.enumerated() where !oldSet.contains(key) {
            if index < oldKeys.count, !newSet.contains(oldKeys[index]) {
                pairedOld.insert(index)
                let translations = languagesDiffer { (read(was[index], .old, $0), read(now[index], .new, $0)) }
                changes.append(.changed(old: oldKeys[index].text, new: key.text, translationsUpdated: translations))
            } else {
                changes.append(.added(key.text))
            }
        }
        for (index, key) in oldKeys.enumerated() where !newSet.contains(key) && !pairedOld.contains(index) {
            changes.append(.removed(key.text))
        }
        for (index, key) in newKeys.enumerated() {
            guard let oldIndex = oldKeys.firstIndex(of: key) else { continue }
            if languagesDiffer({ (read(was[oldIndex], .old, $0), read(now[index], .new, $0)) }) {
                changes.append(.translations(key.text))
            }
        }
        if oldKeys.filter(newSet.contains) != newKeys.filter(oldSet.contains) {
            changes.append(.reordered)
        }
        return changes.map { .item(field, $0) }
    }

    /// An item's text with how many items before it read the same, so that a list
    /// holding the same text twice is matched item for item.
    private struct Key: Hashable {
        let text: String
        let occurrence: Int
    }

    private static func numbered(_ texts: [String]) -> [Key] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            defer { seen[text, default: 0] += 1 }
            return Key(text: text, occurrence: seen[text, default: 0])
        }
    }
}
