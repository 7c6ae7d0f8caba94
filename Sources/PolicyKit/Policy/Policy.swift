/// Everything the documents say about one organisation, typed and validated.
///
/// Built from a settings file by `SettingsLoader`; every section the file leaves out
/// is filled from the built-in defaults, so a valid `Policy` is always complete.
/// Property names mirror the settings keys (`clientRights` is `client_rights`).
public struct Policy: Hashable, Sendable {
    public internal(set) var organisation: Organisation
    /// The `policy:` section: version, dates, approval and change log.
    public internal(set) var metadata: PolicyMetadata
    public internal(set) var emergency: EmergencyNumbers
    public internal(set) var contacts: Contacts
    public internal(set) var premises: Premises
    public internal(set) var clientExpectations: ClientExpectations
    /// What clients can expect from the organisation (respect, privacy and its limits, ...).
    public internal(set) var clientRights: [LocalizedText]
    public internal(set) var complaints: Complaints
    /// What every worker may do to stay safe, and the support they can count on.
    public internal(set) var staffRights: [LocalizedText]
    public internal(set) var reporting: Reporting
    public internal(set) var consequences: Consequences
    public internal(set) var visits: Visits
    public internal(set) var support: Support
    public internal(set) var training: Training
    /// Languages the documents are written in, the primary one first: the primary
    /// language's documents are unsuffixed (`poster.html`), the others carry the
    /// language's code (`poster.fr.html`). Never empty.
    public internal(set) var languages: [Language]
    /// Paper and reading-level limit; defaults unless the settings give a `documents:` section.
    public internal(set) var documents = DocumentSettings()

    init(
        organisation: Organisation,
        metadata: PolicyMetadata,
        emergency: EmergencyNumbers,
        contacts: Contacts,
        premises: Premises,
        clientExpectations: ClientExpectations,
        clientRights: [LocalizedText],
        complaints: Complaints,
        staffRights: [LocalizedText],
        reporting: Reporting,
        consequences: Consequences,
        visits: Visits,
        support: Support,
        training: Training,
        languages: [Language]
    ) {
        self.organisation = organisation
        self.metadata = metadata
        self.emergency = emergency
        self.contacts = contacts
        self.premises = premises
        self.clientExpectations = clientExpectations
        self.clientRights = clientRights
        self.complaints = complaints
        self.staffRights = staffRights
        self.reporting = reporting
        self.consequences = consequences
        self.visits = visits
        self.support = support
        self.training = training
        self.languages = languages
    }

    /// The first of `languages`: text missing in another language is taken from it.
    public var primaryLanguage: Language { languages.first ?? .english }
}
