/// The `complaints:` section: how a client complains or asks for a decision to be looked at again.
public struct Complaints: Hashable, Sendable {
    /// Who receives complaints, e.g. "Client Services Manager".
    public var contact: String
    /// How to make a complaint, in a sentence or two.
    public var how: String
    /// How long the organisation takes to answer, e.g. "within 10 working days"; nil when not promised.
    public var responseTime: String?

    public init(contact: String, how: String, responseTime: String? = nil) {
        self.contact = contact
        self.how = how
        self.responseTime = responseTime
    }
}
