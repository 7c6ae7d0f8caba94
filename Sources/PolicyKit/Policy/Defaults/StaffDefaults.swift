/// Built-in content for the staff-facing parts of the policy, used when the settings leave them out.
///
/// Everything here is written in English, French and Spanish, the languages of the staff
/// documents; the contact titles and the doubling-up rule, which client documents may name,
/// also in Punjabi and Vietnamese (their tables).
enum StaffDefaults {
    static let rights: [LocalizedText] = [
        LocalizedText(
            en: "Your safety comes first. You are never expected to put yourself at risk to deliver a service.",
            fr: "Votre sécurité passe en premier. Personne ne vous demande de vous mettre en danger pour offrir un service.",
            es: "Su seguridad es lo primero. Nadie espera que se ponga en peligro para dar un servicio."
        ),
        LocalizedText(
            en: "You may end any conversation, in person or by phone, that becomes abusive or threatening, and you may leave the room or the place.",
            fr: "Vous pouvez mettre fin à toute conversation, en personne ou au téléphone, qui devient insultante ou menaçante, et quitter la pièce ou les lieux.",
            es: "Puede terminar cualquier conversación, en persona o por teléfono, que se vuelva ofensiva o amenazante, y puede salir de la sala o del lugar."
        ),
        LocalizedText(
            en: "You may refuse or stop a home or field visit that you believe is unsafe, without any penalty.",
            fr: "Vous pouvez refuser ou arrêter une visite à domicile ou sur le terrain qui vous semble dangereuse, sans aucune sanction.",
            es: "Puede negarse a hacer una visita a domicilio o fuera de la oficina que le parezca peligrosa, o interrumpirla, sin ninguna sanción."
        ),
        LocalizedText(
            en: "You may report any incident, threat or worry without fear of reprisal.",
            fr: "Vous pouvez signaler tout incident, toute menace ou toute inquiétude sans craindre de représailles.",
            es: "Puede informar de cualquier incidente, amenaza o preocupación sin miedo a represalias."
        ),
        LocalizedText(
            en: "You may debrief with a manager after any difficult interaction, as soon as possible after it.",
            fr: "Vous pouvez faire un compte rendu avec un responsable après toute situation difficile, le plus tôt possible.",
            es: "Puede hablar de lo ocurrido con un responsable después de cualquier situación difícil, lo antes posible."
        ),
        LocalizedText(
            en: "You will be offered support after an incident, including time away from the task when needed.",
            fr: "On vous offre du soutien après un incident, y compris du temps loin de la tâche si besoin.",
            es: "Recibirá apoyo después de un incidente, incluido tiempo lejos de la tarea si lo necesita."
        ),
        LocalizedText(
            en: "You will be told about known risks, such as an alert on a client's file, before you meet that client.",
            fr: "On vous informe des risques connus, comme une alerte au dossier d'un usager, avant que vous rencontriez cet usager.",
            es: "Se le informará de los riesgos conocidos, como una alerta en el expediente de un usuario, antes de que atienda a ese usuario."
        ),
        LocalizedText(
            en: "Your private life stays private: you never have to accept a client on your personal social media, and you will not be asked to meet clients near your home.",
            fr: "Votre vie privée reste privée : vous n'avez jamais à accepter un usager sur vos réseaux sociaux personnels, et on ne vous demandera pas de rencontrer des usagers près de chez vous.",
            es: "Su vida privada es privada: nunca tiene que aceptar a un usuario en sus redes sociales personales, y no se le pedirá que atienda a usuarios cerca de su casa."
        ),
    ]

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

    static let trainingTopics: [LocalizedText] = [
        LocalizedText(
            en: "de-escalation: calm, clear and respectful communication",
            fr: "la désescalade : parler avec calme, clarté et respect",
            es: "cómo bajar la tensión: hablar con calma, claridad y respeto"
        ),
        LocalizedText(
            en: "assessing danger and recognising warning signs",
            fr: "évaluer le danger et reconnaître les signes avant-coureurs",
            es: "evaluar el peligro y reconocer las señales de alerta"
        ),
        LocalizedText(
            en: "how to withdraw and leave safely",
            fr: "comment se retirer et partir en sécurité",
            es: "cómo retirarse y salir con seguridad"
        ),
        LocalizedText(
            en: "the hostile-client procedure and who to call",
            fr: "la marche à suivre face à un usager hostile, et qui appeler",
            es: "el procedimiento ante un usuario hostil y a quién llamar"
        ),
        LocalizedText(
            en: "reporting incidents and asking colleagues for help",
            fr: "signaler les incidents et demander de l'aide aux collègues",
            es: "informar de los incidentes y pedir ayuda a los compañeros"
        ),
    ]
    static let refresherMonths = 12
}
