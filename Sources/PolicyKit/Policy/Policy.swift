/// Everything the documents say about one organisation, typed and validated.
///
/// Built from a settings file by `SettingsLoader`; every section the file leaves out
/// is filled from the built-in defaults, so a valid `Policy` is always complete.
/// Property names mirror the settings keys (`clientRights` is `client_rights`).
public struct Policy: Hashable, Sendable {
    public var organisation: Organisation
    /// The `policy:` section: version, dates, approval and change log.
    public var metadata: PolicyMetadata
    public var emergency: EmergencyNumbers
    public var contacts: Contacts
    public var premises: Premises
    public var clientExpectations: ClientExpectations
    /// What clients can expect from the organisation (respect, privacy and its limits, ...).
    public var clientRights: [String]
    public var complaints: Complaints
    /// What every worker may do to stay safe, and the support they can count on.
    public var staffRights: [String]
    public var reporting: Reporting
    public var consequences: Consequences
    public var visits: Visits
    public var support: Support
    public var training: Training
    /// Languages the documents are written in; only English ("en") for now.
    public var languages: [String]
    /// Paper and reading-level limit; defaults unless the settings give a `documents:` section.
    public var documents = DocumentSettings()

    public init(
        organisation: Organisation,
        metadata: PolicyMetadata,
        emergency: EmergencyNumbers,
        contacts: Contacts,
        premises: Premises,
        clientExpectations: ClientExpectations,
        clientRights: [String],
        complaints: Complaints,
        staffRights: [String],
        reporting: Reporting,
        consequences: Consequences,
        visits: Visits,
        support: Support,
        training: Training,
        languages: [String]
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
}
