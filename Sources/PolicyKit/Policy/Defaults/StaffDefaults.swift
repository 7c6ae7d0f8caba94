/// Built-in content for the staff-facing parts of the policy, used when the settings leave them out.
///
/// What the quick-reference card prints (contact titles, the doubling-up rule) is written in
/// every language; what only the handbook prints is in English, the handbook's one language.
enum StaffDefaults {
    static let rights: [LocalizedText] = [String]([
        "Your safety comes first. You are never expected to put yourself at risk to deliver a service.",
        "You may end any conversation, in person or by phone, that becomes abusive or threatening, and you may leave the room or the place.",
        "You may refuse or stop a home or field visit that you believe is unsafe, without any penalty.",
        "You may report any incident, threat or worry without fear of reprisal.",
        "You may debrief with a manager after any difficult interaction, as soon as possible after it.",
        "You will be offered support after an incident, including time away from the task when needed.",
        "You will be told about known risks, such as an alert on a client's file, before you meet that client.",
        "Your private life stays private: you never have to accept a client on your personal social media, and you will not be asked to meet clients near your home.",
    ]).map(LocalizedText.init(en:))

    static let managerOnDuty = Contact(title: LocalizedText(en: "Manager on duty", fr: "Responsable de service", es: "Responsable de turno"))
    static let director = Contact(title: LocalizedText(en: "Director", fr: "Direction", es: "Dirección"))
    static let securityTitle = LocalizedText(en: "Security", fr: "Sécurité", es: "Seguridad")
    static let eapTitle = LocalizedText(en: "Employee Assistance Program", fr: "Programme d'aide aux employés", es: "Programa de ayuda al empleado")

    static let debrief = LocalizedText(en: "immediately", fr: "immédiatement", es: "de inmediato")
    static let incidentReportHours = 24

    static let premises = Premises(
        // Physical measures default to off so no document claims equipment the
        // organisation does not have; practices anyone can adopt default to on.
        duressAlarms: false,
        securityGuard: false,
        receptionCheckIn: true,
        barriers: false,
        cctv: false,
        interviewRoomLayout: true,
        quietRoom: false
    )

    static let visits = Visits(
        homeVisits: true,
        itineraryRequired: true,
        checkInIntervalMinutes: 60,
        checkOutRequired: true,
        doublingUp: LocalizedText(
            en: "when a risk alert is on file, or when either worker feels unsafe going alone",
            fr: "quand une alerte de risque figure au dossier, ou quand l'un des deux ne se sent pas en sécurité seul",
            es: "cuando hay una alerta de riesgo en el expediente, o cuando uno de los dos no se siente seguro solo"
        )
    )

    static let trainingTopics: [LocalizedText] = [String]([
        "de-escalation: calm, clear and respectful communication",
        "assessing danger and recognising warning signs",
        "how to withdraw and leave safely",
        "the hostile-client procedure and who to call",
        "reporting incidents and asking colleagues for help",
    ]).map(LocalizedText.init(en:))
    static let refresherMonths = 12
}
