/// The `client_expectations:` section: what the organisation asks of clients.
public struct ClientExpectations: Hashable, Sendable {
    /// What we ask of clients, e.g. "Treat staff and other clients with respect."
    public internal(set) var acceptable: [LocalizedText]
    /// Behaviour that is not accepted, each with concrete examples. The settings'
    /// `not_accepted` replaces the defaults; `also_not_accepted` adds to them.
    public internal(set) var notAccepted: [NotAcceptedBehaviour]

    init(acceptable: [LocalizedText], notAccepted: [NotAcceptedBehaviour]) {
        self.acceptable = acceptable
        self.notAccepted = notAccepted
    }
}

/// One kind of behaviour that is not accepted, with examples clients recognise.
public struct NotAcceptedBehaviour: Hashable, Sendable {
    /// E.g. "Threats".
    public internal(set) var behaviour: LocalizedText
    /// E.g. "saying you will hurt someone", in plain words. May be empty.
    public internal(set) var examples: [LocalizedText]
    /// `on_poster: true`: one of the few behaviours the lobby poster shows.
    public internal(set) var onPoster: Bool

    init(behaviour: LocalizedText, examples: [LocalizedText] = [], onPoster: Bool = false) {
        self.behaviour = behaviour
        self.examples = examples
        self.onPoster = onPoster
    }
}

extension ClientExpectations {
    /// How many behaviours the poster shows when none is marked `on_poster`.
    static let posterDefaultCount = 5

    /// The behaviours the poster shows, in the settings' order (the user's priority):
    /// those marked `on_poster`, else the first five.
    var posterBehaviours: [NotAcceptedBehaviour] {
        let marked = notAccepted.filter(\.onPoster)
        return marked.isEmpty ? Array(notAccepted.prefix(Self.posterDefaultCount)) : marked
    }
}
