/// The `consequences:` section: the graded ladder of responses when a client does not
/// respect the code, with how a client asks for a review.
public struct Consequences: Hashable, Sendable {
    /// Never empty; levels are unique and in ascending order.
    public var ladder: [ConsequenceLevel]
    /// How a client asks for a decision to be reviewed or appealed.
    public var review: LocalizedText
    /// Serious incidents (violence, weapons, threats to kill) may skip straight to a later step.
    public var seriousIncidentsSkipSteps: Bool

    public init(ladder: [ConsequenceLevel], review: LocalizedText, seriousIncidentsSkipSteps: Bool) {
        self.ladder = ladder
        self.review = review
        self.seriousIncidentsSkipSteps = seriousIncidentsSkipSteps
    }
}

/// One step of the consequence ladder.
public struct ConsequenceLevel: Hashable, Sendable {
    /// 1 for the first step; unique within the ladder.
    public var level: Int
    /// What leads to this step, e.g. "A first incident of rude or abusive language".
    public var trigger: LocalizedText
    /// What the organisation does, e.g. "A verbal reminder of this code".
    public var response: LocalizedText
    /// Who decides, e.g. "The worker involved".
    public var decidedBy: LocalizedText
    /// How long the response lasts, e.g. "Up to 3 months"; nil when it does not expire.
    public var duration: LocalizedText?
    /// When and how the step is reviewed, e.g. "Reviewed with the client after 1 month".
    public var review: LocalizedText?

    public init(level: Int, trigger: LocalizedText, response: LocalizedText, decidedBy: LocalizedText, duration: LocalizedText? = nil, review: LocalizedText? = nil) {
        self.level = level
        self.trigger = trigger
        self.response = response
        self.decidedBy = decidedBy
        self.duration = duration
        self.review = review
    }
}
