/// Built-in content for the client-facing parts of the policy, used when the settings leave them out.
public enum ClientDefaults {
    public static let acceptable: [String] = [
        "Treat staff, volunteers and other clients with respect.",
        "Speak calmly, even when you are upset or disagree with us.",
        "Tell us when you are unhappy, so we can try to put it right.",
        "Come on time, or tell us if you cannot make it.",
        "Respect the privacy of other people here.",
        "Follow staff directions in an emergency.",
    ]

    public static let notAccepted: [NotAcceptedBehaviour] = [
        NotAcceptedBehaviour(behaviour: "Shouting and swearing at people", examples: [
            "raising your voice to frighten or pressure someone",
            "swearing at, insulting or name-calling staff or other clients",
            "racist, sexist, homophobic or other hateful remarks",
        ]),
        NotAcceptedBehaviour(behaviour: "Threats", examples: [
            "saying you will hurt someone or their family",
            "threatening to damage property or to \"get\" a worker",
            "threats made in letters, texts, emails or voicemail",
        ]),
        NotAcceptedBehaviour(behaviour: "Intimidation", examples: [
            "standing over someone or blocking a doorway",
            "following a worker, or waiting for them outside the building",
            "finding out where a worker lives or turning up near their home",
        ]),
        NotAcceptedBehaviour(behaviour: "Physical contact or violence", examples: [
            "pushing, grabbing, hitting, kicking or spitting",
            "throwing things at or near someone",
            "touching anyone who has not agreed to it",
        ]),
        NotAcceptedBehaviour(behaviour: "Damage to property", examples: [
            "breaking furniture, windows, phones or computers",
            "damaging a worker's car or belongings",
        ]),
        NotAcceptedBehaviour(behaviour: "Weapons", examples: [
            "bringing a weapon, or anything used as one, into our building or to a visit",
        ]),
        NotAcceptedBehaviour(behaviour: "Harassment in person, by phone or online", examples: [
            "calling or messaging again and again after being asked to stop",
            "posting about a worker on social media",
            "contacting a worker on their personal phone or accounts",
        ]),
        NotAcceptedBehaviour(behaviour: "Comments meant to isolate a worker", examples: [
            "spreading negative remarks about a worker",
            "urging other people to ignore, avoid or turn against a worker",
        ]),
        NotAcceptedBehaviour(behaviour: "Recording staff without consent", examples: [
            "filming or photographing staff without asking them first",
            "recording a conversation without telling the worker",
            "sharing recordings or photos of staff online",
        ]),
    ]

    public static let rights: [String] = [
        "To be treated with respect, whoever you are.",
        "To privacy: what you tell us stays private, unless the law says we must share it or someone is in danger.",
        "To be listened to and taken seriously.",
        "To clear information about our services and our decisions.",
        "To bring a support person to your appointments.",
        "To complain, or ask for a review of a decision, without losing our service.",
    ]

    public static let complaints = Complaints(
        contact: "Service Manager",
        how: "Tell any staff member, write to us, or ask to speak with a manager. We will write down your complaint and tell you what happens next.",
        responseTime: "within 10 working days"
    )
}
