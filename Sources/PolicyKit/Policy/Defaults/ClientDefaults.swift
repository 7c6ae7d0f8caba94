/// Built-in content for the client-facing parts of the policy, used when the settings leave them out.
///
/// Everything here reaches the poster, so it is written in every language PolicyKit has
/// (each in its own words, not word for word). French puts a no-break space before a
/// colon and inside « », so a line never starts with the punctuation.
enum ClientDefaults {
    static let acceptable: [LocalizedText] = [
        LocalizedText(
            en: "Treat staff, volunteers and other clients with respect.",
            fr: "Respectez le personnel, les bénévoles et les autres usagers.",
            es: "Trate con respeto al personal, a los voluntarios y a los demás usuarios."
        ),
        LocalizedText(
            en: "Speak calmly, even when you are upset or disagree with us.",
            fr: "Parlez calmement, même en colère ou en désaccord avec nous.",
            es: "Hable con calma, aunque algo le moleste o no esté de acuerdo con nosotros."
        ),
        LocalizedText(
            en: "Tell us when you are unhappy, so we can try to put it right.",
            fr: "Dites-nous ce qui ne va pas, pour qu'on puisse arranger les choses.",
            es: "Díganos si algo no le parece bien, para que podamos intentar arreglarlo."
        ),
        LocalizedText(
            en: "Come on time, or tell us if you cannot make it.",
            fr: "Arrivez à l'heure, ou prévenez-nous si vous ne pouvez pas venir.",
            es: "Llegue a tiempo, o avísenos si no puede venir."
        ),
        LocalizedText(
            en: "Respect the privacy of other people here.",
            fr: "Respectez la vie privée des autres personnes ici.",
            es: "Respete la privacidad de las demás personas aquí."
        ),
        LocalizedText(
            en: "Follow staff directions in an emergency.",
            fr: "En cas d'urgence, suivez les consignes du personnel.",
            es: "En una emergencia, siga las indicaciones del personal."
        ),
    ]

    static let notAccepted: [NotAcceptedBehaviour] = [
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Shouting and swearing at people",
                fr: "Crier ou insulter",
                es: "Gritar o insultar"
            ),
            examples: [
                LocalizedText(
                    en: "raising your voice to frighten or pressure someone",
                    fr: "hausser le ton pour faire peur ou faire pression",
                    es: "levantar la voz para asustar o presionar"
                ),
                LocalizedText(
                    en: "swearing at, insulting or name-calling staff or other clients",
                    fr: "injurier ou insulter le personnel ou d'autres usagers",
                    es: "decir groserías, insultar o poner apodos al personal o a otros usuarios"
                ),
                LocalizedText(
                    en: "racist, sexist, homophobic or other hateful remarks",
                    fr: "les propos racistes, sexistes, homophobes ou haineux",
                    es: "comentarios racistas, sexistas, homófobos u otros comentarios de odio"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Threats",
                fr: "Les menaces",
                es: "Amenazas"
            ),
            examples: [
                LocalizedText(
                    en: "saying you will hurt someone or their family",
                    fr: "dire que vous allez blesser quelqu'un ou sa famille",
                    es: "decir que va a herir a alguien o a su familia"
                ),
                LocalizedText(
                    en: "threatening to damage property or to \"get\" a worker",
                    fr: "menacer de casser des choses ou de « s'en prendre » à un employé",
                    es: "amenazar con romper cosas o con vengarse de un trabajador"
                ),
                LocalizedText(
                    en: "threats made in letters, texts, emails or voicemail",
                    fr: "les menaces par lettre, texto, courriel ou message vocal",
                    es: "amenazas por carta, mensaje de texto, correo electrónico o mensaje de voz"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Intimidation",
                fr: "L'intimidation",
                es: "Intimidación"
            ),
            examples: [
                LocalizedText(
                    en: "standing over someone or blocking a doorway",
                    fr: "se tenir trop près pour faire peur, ou bloquer une porte",
                    es: "acercarse demasiado para asustar, o bloquear una puerta"
                ),
                LocalizedText(
                    en: "following a worker, or waiting for them outside the building",
                    fr: "suivre un employé, ou l'attendre à l'extérieur de l'immeuble",
                    es: "seguir a un trabajador o esperarlo fuera del edificio"
                ),
                LocalizedText(
                    en: "finding out where a worker lives or turning up near their home",
                    fr: "chercher où habite un employé, ou se présenter près de chez lui",
                    es: "averiguar dónde vive un trabajador o presentarse cerca de su casa"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Physical contact or violence",
                fr: "Les contacts physiques ou la violence",
                es: "Contacto físico o violencia"
            ),
            examples: [
                LocalizedText(
                    en: "pushing, grabbing, hitting, kicking or spitting",
                    fr: "pousser, agripper, frapper ou cracher",
                    es: "empujar, agarrar, golpear, patear o escupir"
                ),
                LocalizedText(
                    en: "throwing things at or near someone",
                    fr: "lancer des objets sur quelqu'un ou près de lui",
                    es: "tirar cosas a alguien o cerca de alguien"
                ),
                LocalizedText(
                    en: "touching anyone who has not agreed to it",
                    fr: "toucher une personne sans son accord",
                    es: "tocar a alguien sin su permiso"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Damage to property",
                fr: "Casser ou abîmer des choses",
                es: "Romper o dañar cosas"
            ),
            examples: [
                LocalizedText(
                    en: "breaking furniture, windows, phones or computers",
                    fr: "des meubles, des vitres, des téléphones ou des ordinateurs",
                    es: "muebles, ventanas, teléfonos o computadoras"
                ),
                LocalizedText(
                    en: "damaging a worker's car or belongings",
                    fr: "abîmer la voiture ou les affaires d'un employé",
                    es: "dañar el auto o las pertenencias de un trabajador"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Weapons",
                fr: "Les armes",
                es: "Armas"
            ),
            examples: [
                LocalizedText(
                    en: "bringing a weapon, or anything used as one, into our building or to a visit",
                    fr: "apporter une arme, ou un objet utilisé comme arme, ici ou lors d'une visite",
                    es: "traer un arma, o algo usado como arma, aquí o a una visita"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Harassment in person, by phone or online",
                fr: "Le harcèlement, en personne, au téléphone ou en ligne",
                es: "Acoso en persona, por teléfono o por internet"
            ),
            examples: [
                LocalizedText(
                    en: "calling or messaging again and again after being asked to stop",
                    fr: "appeler ou écrire sans cesse après qu'on vous a dit d'arrêter",
                    es: "llamar o escribir una y otra vez aunque le hayan pedido que pare"
                ),
                LocalizedText(
                    en: "posting about a worker on social media",
                    fr: "publier des messages sur un employé dans les réseaux sociaux",
                    es: "publicar cosas sobre un trabajador en las redes sociales"
                ),
                LocalizedText(
                    en: "contacting a worker on their personal phone or accounts",
                    fr: "contacter un employé sur son téléphone ou ses comptes personnels",
                    es: "contactar a un trabajador en su teléfono o sus cuentas personales"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Comments meant to isolate a worker",
                fr: "Les propos pour isoler un employé",
                es: "Comentarios para aislar a un trabajador"
            ),
            examples: [
                LocalizedText(
                    en: "spreading negative remarks about a worker",
                    fr: "dire du mal d'un employé aux autres",
                    es: "hablar mal de un trabajador con otros"
                ),
                LocalizedText(
                    en: "urging other people to ignore, avoid or turn against a worker",
                    fr: "pousser d'autres personnes à ignorer ou éviter un employé, ou à se retourner contre lui",
                    es: "animar a otros a ignorar, evitar o ponerse en contra de un trabajador"
                ),
            ]
        ),
        NotAcceptedBehaviour(
            behaviour: LocalizedText(
                en: "Recording staff without consent",
                fr: "Enregistrer le personnel sans son accord",
                es: "Grabar al personal sin su permiso"
            ),
            examples: [
                LocalizedText(
                    en: "filming or photographing staff without asking them first",
                    fr: "le filmer ou le photographier sans permission",
                    es: "filmar o fotografiar al personal sin pedir permiso antes"
                ),
                LocalizedText(
                    en: "recording a conversation without telling the worker",
                    fr: "enregistrer une conversation sans le dire à l'employé",
                    es: "grabar una conversación sin decírselo al trabajador"
                ),
                LocalizedText(
                    en: "sharing recordings or photos of staff online",
                    fr: "partager en ligne des enregistrements ou des photos du personnel",
                    es: "compartir en internet grabaciones o fotos del personal"
                ),
            ]
        ),
    ]

    static let rights: [LocalizedText] = [
        LocalizedText(
            en: "To be treated with respect, whoever you are.",
            fr: "Être traité avec respect, qui que vous soyez.",
            es: "Recibir un trato respetuoso, sea quien sea."
        ),
        LocalizedText(
            en: "To privacy: what you tell us stays private, unless the law says we must share it or someone is in danger.",
            fr: "La confidentialité : ce que vous dites reste privé, sauf si la loi l'exige ou si quelqu'un est en danger.",
            es: "Privacidad: lo que nos cuenta queda entre nosotros, salvo si la ley nos obliga a compartirlo o si alguien está en peligro."
        ),
        LocalizedText(
            en: "To be listened to and taken seriously.",
            fr: "Être écouté et pris au sérieux.",
            es: "Ser escuchado y tomado en serio."
        ),
        LocalizedText(
            en: "To clear information about our services and our decisions.",
            fr: "Recevoir des informations claires sur nos services et nos décisions.",
            es: "Recibir información clara sobre nuestros servicios y decisiones."
        ),
        LocalizedText(
            en: "To bring a support person to your appointments.",
            fr: "Venir avec une personne de confiance.",
            es: "Venir con una persona de apoyo."
        ),
        LocalizedText(
            en: "To complain, or ask for a review of a decision, without losing our service.",
            fr: "Vous plaindre, ou demander la révision d'une décision, sans perdre nos services.",
            es: "Quejarse, o pedir que se revise una decisión, sin perder nuestro servicio."
        ),
    ]

    static let complaints = Complaints(
        contact: LocalizedText(
            en: "Service Manager",
            fr: "Responsable des services",
            es: "Responsable de servicios"
        ),
        how: LocalizedText(
            en: "Tell any staff member, write to us, or ask to speak with a manager. We will write down your complaint and tell you what happens next.",
            fr: "Parlez-en à un membre du personnel, écrivez-nous ou demandez à parler à un responsable. Nous noterons votre plainte et vous dirons ce qui va se passer ensuite.",
            es: "Hable con cualquier miembro del personal, escríbanos o pida hablar con un responsable. Anotaremos su queja y le diremos qué pasará después."
        ),
        responseTime: LocalizedText(
            en: "within 10 working days",
            fr: "dans un délai de 10 jours ouvrables",
            es: "en un plazo de 10 días hábiles"
        )
    )
}
