/// What a consequence letter names beyond the policy itself, under `letter`: its own step
/// of the ladder, the next step, whether a serious incident may have led straight to it,
/// and the client's name and the date when the one who asks for a single letter gives them.
///
/// A build's letters leave the name and date blank, to be written by hand: personal data
/// goes only into a letter made on its own (`policykit letter --client`), never into a
/// build's output folder.
enum LetterContext {
    static var shape: ContextShape { .object([
        "step": TemplateContext.ladderStep,
        // The step after this one, told as what may happen if the behaviour goes on: a list
        // of one, empty for the last step. A list rather than an optional, so that its
        // names need no section on `letter` besides their own.
        "next": .list(of: TemplateContext.ladderStep),
        // Where serious incidents may skip steps, any step after the first may have been
        // reached that way, and its letter says so.
        "serious_incident": .flag,
        "client_name": .optional(.text),
        "date_text": .optional(.text),
    ]) }

    /// The written steps of `policy`'s ladder: those whose letter is not turned off, as
    /// positions (1 for the first), the numbers every document shows.
    static func steps(of policy: Policy) -> [Int] {
        policy.consequences.ladder.indices.filter { policy.consequences.ladder[$0].letter }.map { $0 + 1 }
    }

    /// `context` (the policy's context in `language`) with `letter` set for the step at
    /// `position`.
    static func adding(
        position: Int, to context: ContextValue, policy: Policy, language: Language,
        clientName: String? = nil, date: CalendarDate? = nil
    ) -> ContextValue {
        guard case .object(var fields) = context else { return context }
        let ladder = policy.consequences.ladder
        let offset = position - 1
        let next: [ContextValue] = offset + 1 < ladder.count ? [TemplateContext.ladderStep(policy, at: offset + 1, in: language)] : []
        fields["letter"] = .object([
            "step": TemplateContext.ladderStep(policy, at: offset, in: language),
            "next": .list(next),
            "serious_incident": .flag(policy.consequences.seriousIncidentsSkipSteps && offset > 0),
            "client_name": BidiIsolation.isolate(TemplateContext.optional(clientName), with: BidiIsolation.firstStrong, in: language),
            "date_text": BidiIsolation.isolate(TemplateContext.optional(date.map(language.date)), with: BidiIsolation.firstStrong, in: language),
        ])
        return .object(fields)
    }
}
