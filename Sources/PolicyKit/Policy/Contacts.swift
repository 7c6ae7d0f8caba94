/// The `contacts:` section: the roles staff call during and after an incident.
public struct Contacts: Hashable, Sendable {
    /// Who staff notify first when a client becomes threatening.
    public internal(set) var managerOnDuty: Contact
    /// The director, told of every hostile-client incident.
    public internal(set) var director: Contact
    /// Building security; nil when there is none, and then documents say nothing about it.
    public internal(set) var security: Contact?
    /// The Employee Assistance Program; nil when the organisation names none.
    public internal(set) var eap: Contact?
    /// Further people or services to call (`contacts.other`), in settings order.
    public internal(set) var other: [Contact]

    init(managerOnDuty: Contact, director: Contact, security: Contact? = nil, eap: Contact? = nil, other: [Contact] = []) {
        self.managerOnDuty = managerOnDuty
        self.director = director
        self.security = security
        self.eap = eap
        self.other = other
    }
}

/// A role and, when known, the person holding it and how to reach them.
public struct Contact: Hashable, Sendable {
    /// The role, e.g. "Manager on duty".
    public internal(set) var title: LocalizedText
    public internal(set) var name: String?
    /// A phone number or extension, e.g. "ext. 201"; may be given per language ("poste 201").
    public internal(set) var phone: LocalizedText?
    /// An email address, e.g. "director@example.org".
    public internal(set) var email: String?

    init(title: LocalizedText, name: String? = nil, phone: LocalizedText? = nil, email: String? = nil) {
        self.title = title
        self.name = name
        self.phone = phone
        self.email = email
    }
}
