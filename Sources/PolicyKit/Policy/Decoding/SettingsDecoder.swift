/// Turns a parsed settings tree into a complete `Policy`: types come from the schema,
/// sections left out come from the defaults, and every problem found is reported.
enum SettingsDecoder {
    static let sectionKeys = [
        "organisation", "policy", "emergency", "contacts", "premises", "client_expectations",
        "client_rights", "complaints", "staff_rights", "reporting", "consequences", "visits",
        "support", "training", "languages", "documents",
    ]

    /// For each key of a section, the section; keys in more than one section are left out
    /// because there is no single right place to point to.
    static let sectionOfNestedKey: [String: String] = {
        let sections: [(String, [String])] = [
            ("organisation", organisationKeys), ("policy", metadataKeys), ("emergency", emergencyKeys),
            ("contacts", contactsKeys), ("premises", premisesKeys), ("client_expectations", clientExpectationKeys),
            ("complaints", complaintsKeys), ("reporting", reportingKeys), ("consequences", consequencesKeys),
            ("visits", visitsKeys), ("support", supportKeys), ("training", trainingKeys),
            ("documents", documentsKeys),
        ]
        var homes: [String: String] = [:]
        var ambiguous: Set<String> = []
        for (section, keys) in sections {
            for key in keys {
                if homes[key] != nil { ambiguous.insert(key) } else { homes[key] = section }
            }
        }
        for key in ambiguous { homes[key] = nil }
        return homes
    }()

    /// nil when there were errors (all of them are in `context`).
    static func decode(_ root: Node?, context: DecodingContext, today: CalendarDate) -> Policy? {
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        let reader = MappingReader(root, name: nil, anchor: start, knownKeys: sectionKeys, homes: sectionOfNestedKey, context: context)
        guard let reader else {
            if root == nil || root!.isNull {
                context.error("the settings file is empty; it needs at least 'organisation' and 'policy'", at: start)
            }
            return nil
        }

        let organisation = decodeOrganisation(reader)
        let jurisdiction = organisation?.jurisdiction ?? .canada
        let metadata = decodeMetadata(reader, today: today)
        let emergency = decodeEmergency(reader.mapping("emergency", knownKeys: emergencyKeys), jurisdiction: jurisdiction)
        let contacts = decodeContacts(reader.mapping("contacts", knownKeys: contactsKeys))
        let premises = decodePremises(reader.mapping("premises", knownKeys: premisesKeys), contacts: contacts)
        let expectations = decodeClientExpectations(reader.mapping("client_expectations", knownKeys: clientExpectationKeys))
        let clientRights = reader.textList("client_rights") ?? ClientDefaults.rights
        let complaints = decodeComplaints(reader.mapping("complaints", knownKeys: complaintsKeys))
        let staffRights = reader.textList("staff_rights") ?? StaffDefaults.rights
        let reporting = decodeReporting(reader.mapping("reporting", knownKeys: reportingKeys), contacts: contacts)
        let consequences = decodeConsequences(reader)
        let visits = decodeVisits(reader.mapping("visits", knownKeys: visitsKeys))
        let support = decodeSupport(reader.mapping("support", knownKeys: supportKeys), contacts: contacts)
        let training = decodeTraining(reader.mapping("training", knownKeys: trainingKeys))
        let languages = decodeLanguages(reader)
        let documents = decodeDocuments(reader.mapping("documents", knownKeys: documentsKeys))

        guard !context.hasErrors, let organisation, let metadata else { return nil }
        var policy = Policy(
            organisation: organisation,
            metadata: metadata,
            emergency: emergency,
            contacts: contacts,
            premises: premises,
            clientExpectations: expectations,
            clientRights: clientRights,
            complaints: complaints,
            staffRights: staffRights,
            reporting: reporting,
            consequences: consequences,
            visits: visits,
            support: support,
            training: training,
            languages: languages
        )
        policy.documents = documents
        return policy
    }

    private static func decodeLanguages(_ reader: MappingReader) -> [String] {
        guard let entry = reader.entry("languages"),
              let languages = ValueReader.textList(entry.value, name: "languages", context: reader.context)
        else { return ["en"] }
        if case .sequence(let items) = entry.value.kind {
            for (item, language) in zip(items, languages) where language != "en" {
                reader.context.error(Self.onlyEnglishMessage(language), at: item.location)
            }
        }
        return languages
    }

    static func onlyEnglishMessage(_ language: String) -> String {
        "only English ('en') documents are available for now, found '\(Node.shortened(language))'"
    }
}
