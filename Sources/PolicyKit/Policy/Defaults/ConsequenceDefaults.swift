/// The built-in consequence ladder: each step a proportionate response, so one bad
/// moment does not cost anyone the service, while serious harm is acted on at once.
enum ConsequenceDefaults {
    /// Who decides the last step. A director renamed in `contacts` is named by that
    /// title instead (see `ladder(director:)`).
    static let directorDecides = LocalizedText(
        en: "The director",
        fr: "La direction",
        es: "La dirección"
    )

    /// The built-in ladder, naming the director as `contacts` calls them when they
    /// are not called "Director".
    static func ladder(director: Contact) -> [ConsequenceLevel] {
        guard director.title != StaffDefaults.director.title else { return ladder }
        return ladder.map { step in
            var step = step
            if step.decidedBy == directorDecides { step.decidedBy = director.title }
            return step
        }
    }

    static let ladder: [ConsequenceLevel] = [
        ConsequenceLevel(
            level: 1,
            trigger: LocalizedText(
                en: "A first incident such as shouting, swearing or rude remarks",
                fr: "Un premier incident, comme crier, dire des injures ou faire des remarques impolies",
                es: "Un primer incidente, como gritar, decir groserías o hacer comentarios groseros"
            ),
            response: LocalizedText(
                en: "A verbal reminder of this code and what needs to change",
                fr: "Un rappel oral du code et de ce qui doit changer",
                es: "Un recordatorio verbal de este código y de lo que debe cambiar"
            ),
            decidedBy: LocalizedText(
                en: "The worker involved or the manager on duty",
                fr: "L'employé concerné ou le responsable de service",
                es: "El trabajador involucrado o el responsable de turno"
            ),
            // A reminder is spoken, not written: it gets no letter.
            letter: false
        ),
        ConsequenceLevel(
            level: 2,
            trigger: LocalizedText(
                en: "It happens again after a reminder",
                fr: "Le comportement se répète après un rappel",
                es: "El comportamiento se repite después de un recordatorio"
            ),
            response: LocalizedText(
                en: "A written warning that says what happened and what will happen next time",
                fr: "Un avertissement écrit qui explique les faits et la suite",
                es: "Una advertencia por escrito que explica lo que pasó y lo que pasará la próxima vez"
            ),
            decidedBy: LocalizedText(
                en: "A manager",
                fr: "Un responsable",
                es: "Un responsable"
            ),
            duration: LocalizedText(
                en: "Kept on file for 6 months",
                fr: "Gardé au dossier pendant 6 mois",
                es: "Se guarda en el expediente durante 6 meses"
            )
        ),
        ConsequenceLevel(
            level: 3,
            trigger: LocalizedText(
                en: "Further incidents after a written warning, or any threat",
                fr: "D'autres incidents après un avertissement écrit, ou toute menace",
                es: "Más incidentes después de una advertencia por escrito, o cualquier amenaza"
            ),
            response: LocalizedText(
                en: "Conditions on service, such as appointments by phone only, at set times, or with two staff present",
                fr: "Des conditions de service, par exemple des rendez-vous par téléphone, à heures fixes ou avec deux employés",
                es: "Condiciones para recibir el servicio, por ejemplo citas solo por teléfono, a horas fijas o con dos trabajadores presentes"
            ),
            decidedBy: LocalizedText(
                en: "The service manager",
                fr: "Le responsable des services",
                es: "El responsable de servicios"
            ),
            duration: LocalizedText(
                en: "Up to 3 months",
                fr: "Jusqu'à 3 mois",
                es: "Hasta 3 meses"
            ),
            review: LocalizedText(
                en: "Reviewed with the client before the period ends",
                fr: "Revu avec la personne avant la fin de la période",
                es: "Se revisa con la persona antes de que termine el periodo"
            )
        ),
        ConsequenceLevel(
            level: 4,
            trigger: LocalizedText(
                en: "Violence, a weapon, a serious threat, or conditions not kept",
                fr: "Violence, arme, menace grave ou conditions non respectées",
                es: "Violencia, un arma, una amenaza grave o condiciones no cumplidas"
            ),
            response: LocalizedText(
                en: "Temporary suspension of in-person service; we keep helping by phone, by mail or through a partner agency where we can",
                fr: "Une suspension temporaire des services en personne; nous aidons encore par téléphone, par la poste ou par un partenaire si possible",
                es: "Suspensión temporal del servicio en persona; seguimos ayudando por teléfono, por correo o con una agencia asociada si es posible"
            ),
            decidedBy: directorDecides,
            duration: LocalizedText(
                en: "Up to 6 months",
                fr: "Jusqu'à 6 mois",
                es: "Hasta 6 meses"
            ),
            review: LocalizedText(
                en: "Reviewed before the suspension ends; the client is told in writing how to ask for a review",
                fr: "Revue avant la fin de la suspension; la personne apprend par écrit comment demander une révision",
                es: "Se revisa antes de que termine la suspensión; la persona recibe por escrito cómo pedir una revisión"
            )
        ),
    ]

    static let review = LocalizedText(
        en: "You can ask for a review of any decision made under this code. Tell any staff member or contact the person named for complaints within 30 days. Someone who was not involved in the decision will look at it again and reply in writing.",
        fr: "Vous pouvez demander la révision de toute décision prise selon ce code. Parlez-en à un membre du personnel ou écrivez à la personne responsable des plaintes dans les 30 jours. Une personne qui n'a pas pris part à la décision la réexaminera et vous répondra par écrit.",
        es: "Puede pedir que se revise cualquier decisión tomada según este código. Hable con cualquier miembro del personal o escriba a la persona encargada de las quejas dentro de 30 días. Alguien que no participó en la decisión la revisará y le responderá por escrito."
    )
}
