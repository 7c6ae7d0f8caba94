/// The `complaints:` section: how a client complains or asks for a decision to be looked at again.
public struct Complaints: Hashable, Sendable {
    /// Who receives complaints, e.g. "Client Services Manager".
    public internal(set) var contact: LocalizedText
    /// How to make a complaint, in a sentence or two.
    public internal(set) var how: LocalizedText
    /// How long the organisation takes to answer, e.g. "within 10 working days"; nil when not promised.
    public internal(set) var responseTime: LocalizedText?

    init(contact: LocalizedText, how: LocalizedText, responseTime: LocalizedText? = nil) {
        self.contact = contact
        self.how = how
        self.responseTime = responseTime
    }
}
