struct FrenchChangeWording: ChangeWording {
    var language: Language { .french }
    let noChanges = "Aucun changement à la politique."

    func title(version: String) -> String { "Ce qui change dans la version \(version)" }

    func heading(_ section: PolicySection) -> String {
        switch section {
        case .organisation: "Organisme"
        case .policy: "Politique"
        case .emergency: "Numéros d'urgence"
        case .contacts: "Personnes-ressources"
        case .premises: "Locaux"
        case .clientExpectations: "Ce que nous demandons aux usagers"
        case .clientRights: "Droits des usagers"
        case .complaints: "Plaintes"
        case .staffRights: "Droits du personnel"
        case .reporting: "Signalement"
        case .consequences: "Conséquences"
        case .visits: "Visites à domicile et sur le terrain"
        case .support: "Soutien après un incident"
        case .training: "Formation"
        case .languages: "Langues"
        case .documents: "Documents"
        }
    }

    func translationsUpdated(_ field: ValueField) -> String {
        "\(label(field)) : traductions mises à jour."
    }

    func languageAdded(_ added: Language) -> String {
        "Les documents sont désormais aussi rédigés en \(name(added))."
    }

    func languageRemoved(_ removed: Language) -> String {
        "Les documents ne sont plus rédigés en \(name(removed))."
    }

    func primaryLanguage(old: Language, new: Language) -> String {
        "La langue principale est désormais \(name(new, article: true)) (auparavant \(name(old, article: true)))."
    }

    private func name(_ language: Language, article: Bool = false) -> String {
        switch language.code {
        case "en": article ? "l'anglais" : "anglais"
        case "fr": article ? "le français" : "français"
        case "es": article ? "l'espagnol" : "espagnol"
        case "pa": article ? "le pendjabi" : "pendjabi"
        case "vi": article ? "le vietnamien" : "vietnamien"
        default: language.englishName
        }
    }

    func ending(_ translations: Bool) -> String {
        translations ? " (traductions mises à jour)." : "."
    }

    private func quoted(_ text: String) -> String { "« \(text) »" }

    private func label(_ field: ValueField) -> String {
        switch field {
        case .organisationName: "Nom de l'organisme"
        case .jurisdiction: "Pays"
        case .address: "Adresse de l'organisme"
        case .phone: "Téléphone de l'organisme"
        case .website: "Site Web de l'organisme"
        case .approvedBy: "Politique approuvée par"
        case .emergencyNumber: "Numéro d'urgence"
        case .crisisLine: "Ligne de crise"
        case .crisisLineName: "Nom de la ligne de crise"
        case .managerOnDuty: "Gestionnaire de garde"
        case .director: "Direction"
        case .security: "Sécurité"
        case .eapContact: "Programme d'aide aux employés"
        case .complaintsContact: "Responsable des plaintes"
        case .complaintsHow: "Comment porter plainte"
        case .complaintsResponseTime: "Délai de réponse aux plaintes"
        case .debrief: "Moment du compte rendu"
        case .incidentReportHours: "Délai du rapport d'incident"
        case .consequencesReview: "Comment demander une révision"
        case .checkInInterval: "Fréquence des appels pendant les visites"
        case .doublingUp: "Visites à deux"
        case .refresherMonths: "Formation de mise à jour"
        case .paper: "Format du papier"
        }
    }

    private func isProse(_ field: ValueField) -> Bool {
        switch field {
        case .complaintsHow, .complaintsResponseTime, .debrief, .consequencesReview, .doublingUp: true
        default: false
        }
    }

    func value(_ field: ValueField, old: String?, new: String?) -> String {
        switch (field, old, new) {
        case (.incidentReportHours, let old?, let new?):
            return "Les rapports d'incident doivent désormais être remis dans les \(hours(new)) (auparavant \(hours(old)))"
        case (.crisisLine, let old?, let new?):
            return "La ligne de crise est désormais le \(new) (auparavant le \(old))"
        case (.emergencyNumber, let old?, let new?):
            return "Le numéro d'urgence est désormais le \(new) (auparavant le \(old))"
        case (.checkInInterval, let old?, let new?):
            return "Pendant les visites, le personnel donne désormais de ses nouvelles \(language.every(minutes: Int(new)!)) (auparavant \(language.every(minutes: Int(old)!)))"
        case (.refresherMonths, let old?, let new?):
            return "La formation de mise à jour a désormais lieu \(language.every(Int(new)!, .month)) (auparavant \(language.every(Int(old)!, .month)))"
        case (.jurisdiction, let old?, let new?):
            return "Le pays est désormais \(country(new)) (auparavant \(country(old)))"
        case (.paper, let old?, let new?):
            return "Les documents sont désormais mis en page pour le format \(paper(new)) (auparavant \(paper(old)))"
        default:
            let show = isProse(field) ? quoted : { $0 }
            switch (old, new) {
            case (let old?, let new?): return "\(label(field)) : désormais \(show(new)) (auparavant : \(show(old)))"
            case (nil, let new?): return "\(label(field)) : désormais \(show(new))"
            case (let old?, nil): return "\(label(field)) : ne figure plus dans la politique (auparavant : \(show(old)))"
            case (nil, nil): return "\(label(field)) : modifié"
            }
        }
    }

    /// "24 heures": the plural counts from 2 in French, and the hours are always plural here.

    func measure(_ measure: Measure, now: Bool) -> String {
        let (yes, no): (String, String) = switch measure {
        case .duressAlarms: ("Locaux : des alarmes d'urgence sont désormais en place.", "Locaux : il n'y a plus d'alarmes d'urgence.")
        case .securityGuard: ("Locaux : un agent de sécurité est désormais sur place.", "Locaux : il n'y a plus d'agent de sécurité sur place.")
        case .receptionCheckIn: ("Locaux : les usagers s'inscrivent désormais à l'accueil.", "Locaux : les usagers ne s'inscrivent plus à l'accueil.")
        case .barriers: ("Locaux : des écrans ou des comptoirs séparent désormais le personnel d'accueil du public.", "Locaux : aucun écran ni comptoir ne sépare plus le personnel d'accueil du public.")
        case .cctv: ("Locaux : des caméras de surveillance sont désormais en service.", "Locaux : il n'y a plus de caméras de surveillance.")
        case .interviewRoomLayout: ("Locaux : les salles d'entrevue sont désormais aménagées pour que l'intervenant soit assis près de la porte.", "Locaux : les salles d'entrevue ne sont plus aménagées pour que l'intervenant soit assis près de la porte.")
        case .quietRoom: ("Locaux : une salle de calme est désormais disponible.", "Locaux : il n'y a plus de salle de calme.")
        case .policeOnThreat: ("La police est désormais appelée immédiatement à toute menace de violence physique.", "La police n'est plus appelée d'office à toute menace de violence physique.")
        case .seriousIncidentsSkipSteps: ("Un incident grave peut désormais faire sauter des étapes de l'échelle des conséquences.", "Un incident grave ne fait plus sauter d'étapes de l'échelle des conséquences.")
        case .homeVisits: ("Le personnel fait désormais des visites à domicile et sur le terrain.", "Le personnel ne fait plus de visites à domicile ni sur le terrain.")
        case .itineraryRequired: ("Le personnel laisse désormais un itinéraire avant chaque visite.", "Le personnel n'est plus tenu de laisser un itinéraire avant une visite.")
        case .checkOutRequired: ("Le personnel signale désormais au bureau la fin de chaque visite.", "Le personnel n'est plus tenu de signaler au bureau la fin d'une visite.")
        case .eap: ("Un programme d'aide aux employés est désormais offert.", "Le programme d'aide aux employés n'est plus offert.")
        case .debrief: ("Chaque incident est désormais suivi d'un compte rendu avec un gestionnaire.", "Les incidents ne sont plus suivis d'office d'un compte rendu avec un gestionnaire.")
        case .mentalHealthConsultants: ("Le personnel peut désormais consulter des spécialistes en santé mentale.", "Le personnel n'a plus accès à des spécialistes en santé mentale.")
        case .teamDebriefs: ("Les interactions difficiles sont désormais revues en réunion d'équipe.", "Les interactions difficiles ne sont plus revues en réunion d'équipe.")
        }
        return now ? yes : no
    }

    /// The list's item, singular and plural, and whether the noun is feminine.
    private func names(_ list: ListField) -> (one: String, many: String, feminine: Bool) {
        switch list {
        case .otherNumbers: ("numéro de téléphone", "numéros de téléphone", false)
        case .otherContacts: ("contact", "contacts", false)
        case .acceptable: ("attente envers les usagers", "attentes envers les usagers", true)
        case .notAccepted: ("comportement non accepté", "comportements non acceptés", false)
        case .examples(let behaviour): ("exemple de \(quoted(behaviour))", "exemples de \(quoted(behaviour))", false)
        case .clientRights: ("droit des usagers", "droits des usagers", false)
        case .staffRights: ("droit du personnel", "droits du personnel", false)
        case .notify: ("personne informée de chaque incident", "personnes informées de chaque incident", true)
        case .trainingTopics: ("sujet de formation", "sujets de formation", false)
        }
    }

    func item(_ list: ListField, _ change: ItemChange) -> String {
        let (one, many, feminine) = names(list)
        let capitalised = one.prefix(1).uppercased() + one.dropFirst()
        let e = feminine ? "e" : ""
        switch (list, change) {
        case (.notAccepted, .removed(let item)): return "Ce comportement ne figure plus parmi ceux qui ne sont pas acceptés : \(item.endingSentence)"
        case (_, .added(let item)): return "\(feminine ? "Nouvelle" : "Nouveau") \(one) : \(item.endingSentence)"
        case (_, .removed(let item)): return "\(capitalised) retiré\(e) : \(item.endingSentence)"
        case (_, .changed(let old, let new, let translations)):
            return "\(capitalised) modifié\(e) : \(quoted(new)) (auparavant : \(quoted(old)))" + ending(translations)
        case (_, .translations(let item)): return "\(capitalised) \(quoted(item)) : traductions mises à jour."
        case (_, .reordered): return "Les \(many) sont désormais dans un autre ordre."
        }
    }

    private func fieldName(_ field: StepField) -> String {
        switch field {
        case .trigger: "déclencheur"
        case .response: "mesure"
        case .decidedBy: "décision prise par"
        case .duration: "durée"
        case .review: "révision"
        }
    }

    func step(_ level: Int, _ change: StepChange) -> String {
        let step = "l'étape \(level) de l'échelle des conséquences"
        switch change {
        case .added(let response): return "Nouvelle étape \(level) de l'échelle des conséquences : \(response.endingSentence)"
        case .removed(let response): return "L'étape \(level) de l'échelle des conséquences a été retirée (auparavant : \(response))."
        case .translations: return "Étape \(level) de l'échelle des conséquences : traductions mises à jour."
        case .field(.response, let old, let new?, let translations):
            return "L'étape \(level) de l'échelle des conséquences est désormais : \(new)"
                + (old.map { " (auparavant : \($0))" } ?? "") + ending(translations)
        case .field(let field, let old, let new, let translations):
            let was = old.map { " (auparavant : \($0))" } ?? ""
            let now = new.map { "désormais \($0)" } ?? "ne figure plus dans la politique"
            return "Pour \(step), \(fieldName(field)) : \(now)\(was)" + ending(translations)
        }
    }
}
