/// Turns a parsed settings tree into a complete `Policy`: types come from the schema,
/// sections left out come from the defaults, and every problem found is reported.
enum SettingsDecoder {
    /// The top level of a settings file (`extends` aside, which is read before decoding).
    static let settings = SettingsSection("settings", "The settings of one organisation's client code of conduct and staff safety policy.", [
        SettingsKey("organisation", .section(organisation), required: true, organisation.description),
        SettingsKey("policy", .section(metadata), required: true, metadata.description),
        SettingsKey("emergency", .section(emergency), emergency.description),
        SettingsKey("contacts", .section(contacts), contacts.description),
        SettingsKey("premises", .section(premises), premises.description),
        SettingsKey("client_expectations", .section(clientExpectations), clientExpectations.description),
        SettingsKey("client_rights", .localizedTextList, "The rights clients have; replaces the built-in list."),
        SettingsKey("complaints", .section(complaints), complaints.description),
        SettingsKey("staff_rights", .localizedTextList, "The rights staff have; replaces the built-in list."),
        SettingsKey("reporting", .section(reporting), reporting.description),
        SettingsKey("consequences", .either([.list(.section(ladderStep)), .section(consequencesSection)]),
                    "The consequences ladder: a list of steps, or a mapping with 'ladder', 'review' and 'serious_incidents_skip_steps'."),
        SettingsKey("visits", .section(visits), visits.description),
        SettingsKey("support", .section(support), support.description),
        SettingsKey("training", .section(training), training.description),
        SettingsKey("languages", .languages, default: .strings([Language.english.code]), example: .strings([Language.english.code]),
                    "The languages of the documents, primary first, as codes such as en or fr."),
        SettingsKey("documents", .section(documents), documents.description),
    ])
    static let sectionKeys = settings.names

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
        for warning in SurprisingText.warnings(in: root) {
            context.warning(warning.message, at: warning.location)
        }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        let reader = MappingReader(root, name: nil, anchor: start, knownKeys: sectionKeys, homes: sectionOfNestedKey, context: context)
        guard let reader else {
            if root == nil || root!.isNull {
                context.error("the settings file is empty; it needs at least 'organisation' and 'policy'", at: start)
            }
            return nil
        }

        // Read first: whether text given in one language deserves a warning depends on them.
        let errorsBefore = context.errorCount
        let languages = decodeLanguages(reader)
        context.languages = languages
        context.languagesUncertain = context.errorCount > errorsBefore
        let organisation = decodeOrganisation(reader)
        let jurisdiction = organisation?.jurisdiction ?? .canada
        let metadata = decodeMetadata(reader, today: today)
        let emergency = decodeEmergency(reader.mapping("emergency", knownKeys: emergencyKeys), jurisdiction: jurisdiction)
        let contacts = decodeContacts(reader.mapping("contacts", knownKeys: contactsKeys, otherKeys: otherRoleAdvice))
        let premises = decodePremises(reader.mapping("premises", knownKeys: premisesKeys), contacts: contacts)
        let expectations = decodeClientExpectations(reader.mapping("client_expectations", knownKeys: clientExpectationKeys))
        let clientRights = reader.localizedTextList("client_rights") ?? ClientDefaults.rights
        let complaints = decodeComplaints(reader.mapping("complaints", knownKeys: complaintsKeys))
        let staffRights = reader.localizedTextList("staff_rights") ?? StaffDefaults.rights
        let reporting = decodeReporting(reader.mapping("reporting", knownKeys: reportingKeys), contacts: contacts)
        let consequences = decodeConsequences(reader, contacts: contacts)
        let visits = decodeVisits(reader.mapping("visits", knownKeys: visitsKeys))
        let support = decodeSupport(reader.mapping("support", knownKeys: supportKeys), contacts: contacts)
        let training = decodeTraining(reader.mapping("training", knownKeys: trainingKeys))
        let documents = decodeDocuments(reader.mapping("documents", knownKeys: documentsKeys), jurisdiction: jurisdiction)

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
            // A US organisation's documents are in American English .
            languages: jurisdiction == .unitedStates ? languages.map { $0.isAmerican || $0.code != "en" ? $0 : .americanEnglish } : languages
        )
        policy.documents = documents
        return policy
    }

    /// `languages: [en, fr]`, primary first.
    private static func decodeLanguages(_ reader: MappingReader) -> [Language] {
        let context = reader.context
        guard let entry = reader.entry("languages") else { return [.english] }
        // A single code is a one-language list.
        if case .scalar(let scalar) = entry.value.kind {
            return Self.language(scalar.text, at: entry.value.location, context: context).map { [$0] } ?? [.english]
        }
        guard let codes = ValueReader.textList(entry.value, name: "languages", context: context),
              case .sequence(let items) = entry.value.kind
        else { return [.english] }
        var languages: [Language] = []
        for (item, code) in zip(items, codes) {
            guard let language = Self.language(code, at: item.location, context: context) else { continue }
            if languages.contains(language) {
                context.error("'\(code)' is listed twice in 'languages'", at: item.location)
                continue
            }
            languages.append(language)
        }
        return languages.isEmpty ? [.english] : languages
    }

    /// Codes people write for a language PolicyKit names otherwise: Chinese documents are in
    /// simplified characters, which "zh-Hans" says whatever the country.
    private static let languageAliases: [String: Language] = [
        "zh": .simplifiedChinese, "zh-cn": .simplifiedChinese, "zh-sg": .simplifiedChinese,
        "chinese": .simplifiedChinese, "mandarin": .simplifiedChinese,
    ]

    private static func language(_ code: String, at location: SourceLocation, context: DecodingContext) -> Language? {
        if let language = Language(code: code) { return language }
        if let language = Language.all.first(where: { $0.code.lowercased() == code.lowercased() || $0.englishName.lowercased() == code.lowercased() })
            ?? Self.languageAliases[code.lowercased()] {
            context.error("write the language as its code '\(language.code)', not '\(Node.shortened(code))'", at: location)
            return nil
        }
        let known = Language.all.map { "\($0.code) (\($0.englishName))" }.joined(separator: ", ")
        context.error("unsupported language '\(Node.shortened(code))'; PolicyKit has documents in: \(known)", at: location)
        return nil
    }
}
