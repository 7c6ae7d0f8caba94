/// Everything the documents say about one organisation, typed and validated.
///
/// Built from a settings file by `SettingsLoader`; every section the file leaves out
/// is filled from the built-in defaults, so a valid `Policy` is always complete.
/// Property names mirror the settings keys (`clientRights` is `client_rights`).
///
/// Read it to show or check what the documents will say. Text that may be given per
/// language is a `LocalizedText`; read it in a language with `text(in:primary:)`:
///
/// ```swift
/// let result = SettingsLoader.loadFile(atPath: "hr/settings.yaml", today: .todayUTC())
/// guard let policy = result.policy, !result.hasErrors else { return }
/// let primary = policy.primaryLanguage.code
/// print(policy.organisation.name.text(in: primary, primary: primary), "version", policy.metadata.version)
/// print("Incident reports are due within \(policy.reporting.incidentReportHours) hours")
/// ```
public struct Policy: Hashable, Sendable {
    /// The `organisation:` section: name, jurisdiction and how to reach it.
    public internal(set) var organisation: Organisation
    /// The `policy:` section: version, dates, approval and change log.
    public internal(set) var metadata: PolicyMetadata
    /// The `emergency:` section: emergency and crisis numbers.
    public internal(set) var emergency: EmergencyNumbers
    /// The `contacts:` section: who staff call during and after an incident.
    public internal(set) var contacts: Contacts
    /// The `premises:` section: safety measures where clients are seen.
    public internal(set) var premises: Premises
    /// The `client_expectations:` section: what is asked of clients, and what is not accepted.
    public internal(set) var clientExpectations: ClientExpectations
    /// What clients can expect from the organisation (respect, privacy and its limits, ...).
    public internal(set) var clientRights: [LocalizedText]
    /// The `complaints:` section: how a client complains.
    public internal(set) var complaints: Complaints
    /// What every worker may do to stay safe, and the support they can count on.
    public internal(set) var staffRights: [LocalizedText]
    /// The `reporting:` section: what happens after an incident.
    public internal(set) var reporting: Reporting
    /// The `consequences:` section: the graded responses when the code is not respected.
    public internal(set) var consequences: Consequences
    /// The `visits:` section: rules for home and field visits.
    public internal(set) var visits: Visits
    /// The `support:` section: help offered to workers after an incident.
    public internal(set) var support: Support
    /// The `training:` section: what workers are trained in, and how often.
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
