/// The `consequences:` section: the graded ladder of responses when a client does not
/// respect the code, with how a client asks for a review.
public struct Consequences: Hashable, Sendable {
    /// Never empty; levels are unique and in ascending order.
    public internal(set) var ladder: [ConsequenceLevel]
    /// How a client asks for a decision to be reviewed or appealed.
    public internal(set) var review: LocalizedText
    /// Serious incidents (violence, weapons, threats to kill) may skip straight to a later step.
    public internal(set) var seriousIncidentsSkipSteps: Bool

    init(ladder: [ConsequenceLevel], review: LocalizedText, seriousIncidentsSkipSteps: Bool) {
        self.ladder = ladder
        self.review = review
        self.seriousIncidentsSkipSteps = seriousIncidentsSkipSteps
    }
}

/// One step of the consequence ladder.
public struct ConsequenceLevel: Hashable, Sendable {
    /// 1 for the first step; unique within the ladder.
    public internal(set) var level: Int
    /// What leads to this step, e.g. "A first incident of rude or abusive language".
    public internal(set) var trigger: LocalizedText
    /// What the organisation does, e.g. "A verbal reminder of this code".
    public internal(set) var response: LocalizedText
    /// Who decides, e.g. "The worker involved".
    public internal(set) var decidedBy: LocalizedText
    /// How long the response lasts, e.g. "Up to 3 months"; nil when it does not expire.
    public internal(set) var duration: LocalizedText?
    /// When and how the step is reviewed, e.g. "Reviewed with the client after 1 month".
    public internal(set) var review: LocalizedText?
    /// Whether the step is given to the client in a letter (`letter-step-N`); false for a
    /// step given only in speech, such as the built-in verbal reminder.
    public internal(set) var letter: Bool

    init(level: Int, trigger: LocalizedText, response: LocalizedText, decidedBy: LocalizedText, duration: LocalizedText? = nil, review: LocalizedText? = nil, letter: Bool = true) {
        self.level = level
        self.trigger = trigger
        self.response = response
        self.decidedBy = decidedBy
        self.duration = duration
        self.review = review
        self.letter = letter
    }
}
