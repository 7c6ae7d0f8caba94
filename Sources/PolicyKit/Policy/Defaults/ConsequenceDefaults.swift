/// The built-in consequence ladder: each step a proportionate response, so one bad
/// moment does not cost anyone the service, while serious harm is acted on at once.
public enum ConsequenceDefaults {
    public static let ladder: [ConsequenceLevel] = [
        ConsequenceLevel(
            level: 1,
            trigger: "A first incident such as shouting, swearing or rude remarks",
            response: "A verbal reminder of this code and what needs to change",
            decidedBy: "The worker involved or the manager on duty"
        ),
        ConsequenceLevel(
            level: 2,
            trigger: "The behaviour happens again after a reminder",
            response: "A written warning that says what happened and what will happen next time",
            decidedBy: "A manager",
            duration: "Kept on file for 6 months"
        ),
        ConsequenceLevel(
            level: 3,
            trigger: "Further incidents after a written warning, or any threat",
            response: "Conditions on service, such as appointments by phone only, at set times, or with two staff present",
            decidedBy: "The service manager",
            duration: "Up to 3 months",
            review: "Reviewed with the client before the period ends"
        ),
        ConsequenceLevel(
            level: 4,
            trigger: "Violence, a weapon, a serious threat, or conditions not kept",
            response: "Temporary suspension of in-person service; we keep helping by phone, by mail or through a partner agency where we can",
            decidedBy: "The director",
            duration: "Up to 6 months",
            review: "Reviewed before the suspension ends; the client is told in writing how to ask for a review"
        ),
    ]

    public static let review = "You can ask for a review of any decision made under this code. Tell any staff member or contact the person named for complaints within 30 days. Someone who was not involved in the decision will look at it again and reply in writing."
}
