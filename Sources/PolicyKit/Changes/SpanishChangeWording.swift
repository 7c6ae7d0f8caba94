struct SpanishChangeWording: ChangeWording {
    var language: Language { .spanish }
    let noChanges = "No hay cambios en la política."

    func title(version: String) -> String { "Qué cambia en la versión \(version)" }

    func heading(_ section: PolicySection) -> String {
        switch section {
        case .organisation: "Organización"
        case .policy: "Política"
        case .emergency: "Números de emergencia"
        case .contacts: "Contactos"
        case .premises: "Instalaciones"
        case .clientExpectations: "Lo que pedimos a los usuarios"
        case .clientRights: "Derechos de los usuarios"
        case .complaints: "Quejas"
        case .staffRights: "Derechos del personal"
        case .reporting: "Informes de incidentes"
        case .consequences: "Consecuencias"
        case .visits: "Visitas a domicilio y de campo"
        case .support: "Apoyo después de un incidente"
        case .training: "Formación"
        case .languages: "Idiomas"
        case .documents: "Documentos"
        }
    }

    func translationsUpdated(_ field: ValueField) -> String {
        "\(label(field)): traducciones actualizadas."
    }

    func languageAdded(_ added: Language) -> String {
        "Los documentos ahora también se preparan en \(name(added))."
    }

    func languageRemoved(_ removed: Language) -> String {
        "Los documentos ya no se preparan en \(name(removed))."
    }

    func primaryLanguage(old: Language, new: Language) -> String {
        "El idioma principal es ahora el \(name(new)) (antes, el \(name(old)))."
    }

    private func name(_ language: Language) -> String {
        switch language.code {
        case "en": "inglés"
        case "fr": "francés"
        case "es": "español"
        case "pa": "panyabí"
        case "vi": "vietnamita"
        default: language.englishName
        }
    }

    func ending(_ translations: Bool) -> String {
        translations ? " (traducciones actualizadas)." : "."
    }

    private func quoted(_ text: String) -> String { "«\(text)»" }

    private func label(_ field: ValueField) -> String {
        switch field {
        case .organisationName: "Nombre de la organización"
        case .jurisdiction: "País"
        case .address: "Dirección de la organización"
        case .phone: "Teléfono de la organización"
        case .website: "Sitio web de la organización"
        case .approvedBy: "Política aprobada por"
        case .emergencyNumber: "Número de emergencia"
        case .crisisLine: "Línea de crisis"
        case .crisisLineName: "Nombre de la línea de crisis"
        case .managerOnDuty: "Responsable de turno"
        case .director: "Dirección"
        case .security: "Seguridad"
        case .eapContact: "Programa de ayuda al empleado"
        case .complaintsContact: "Responsable de las quejas"
        case .complaintsHow: "Cómo presentar una queja"
        case .complaintsResponseTime: "Plazo de respuesta a las quejas"
        case .debrief: "Cuándo hablar del incidente"
        case .incidentReportHours: "Plazo del informe de incidente"
        case .consequencesReview: "Cómo pedir una revisión"
        case .checkInInterval: "Frecuencia de contacto durante las visitas"
        case .doublingUp: "Visitas en pareja"
        case .refresherMonths: "Formación de actualización"
        case .paper: "Tamaño del papel"
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
            return "Los informes de incidentes deben entregarse ahora en un plazo de \(hours(new)) (antes, \(hours(old)))"
        case (.crisisLine, let old?, let new?):
            return "La línea de crisis es ahora el \(new) (antes, el \(old))"
        case (.emergencyNumber, let old?, let new?):
            return "El número de emergencia es ahora el \(new) (antes, el \(old))"
        case (.checkInInterval, let old?, let new?):
            return "Durante las visitas, el personal se reporta ahora \(language.every(minutes: Int(new)!)) (antes, \(language.every(minutes: Int(old)!)))"
        case (.refresherMonths, let old?, let new?):
            return "La formación de actualización es ahora \(language.every(Int(new)!, .month)) (antes, \(language.every(Int(old)!, .month)))"
        case (.jurisdiction, let old?, let new?):
            return "El país es ahora \(country(new)) (antes, \(country(old)))"
        case (.paper, let old?, let new?):
            return "Los documentos se preparan ahora para papel \(paper(new)) (antes, \(paper(old)))"
        default:
            let show = isProse(field) ? quoted : { $0 }
            switch (old, new) {
            case (let old?, let new?): return "\(label(field)): ahora \(show(new)) (antes: \(show(old)))"
            case (nil, let new?): return "\(label(field)): ahora \(show(new))"
            case (let old?, nil): return "\(label(field)): ya no figura en la política (antes: \(show(old)))"
            case (nil, nil): return "\(label(field)): modificado"
            }
        }
    }


    func measure(_ measure: Measure, now: Bool) -> String {
        let (yes, no): (String, String) = switch measure {
        case .duressAlarms: ("Instalaciones: ahora hay alarmas de emergencia.", "Instalaciones: ya no hay alarmas de emergencia.")
        case .securityGuard: ("Instalaciones: ahora hay un guardia de seguridad en el lugar.", "Instalaciones: ya no hay un guardia de seguridad en el lugar.")
        case .receptionCheckIn: ("Instalaciones: los usuarios ahora se registran en la recepción.", "Instalaciones: los usuarios ya no se registran en la recepción.")
        case .barriers: ("Instalaciones: ahora hay mamparas o mostradores entre el personal de recepción y el público.", "Instalaciones: ya no hay mamparas ni mostradores entre el personal de recepción y el público.")
        case .cctv: ("Instalaciones: ahora hay cámaras de seguridad.", "Instalaciones: ya no hay cámaras de seguridad.")
        case .interviewRoomLayout: ("Instalaciones: las salas de entrevista ahora están dispuestas para que el trabajador se siente junto a la puerta.", "Instalaciones: las salas de entrevista ya no están dispuestas para que el trabajador se siente junto a la puerta.")
        case .quietRoom: ("Instalaciones: ahora hay una sala tranquila disponible.", "Instalaciones: ya no hay una sala tranquila.")
        case .policeOnThreat: ("Ahora se llama a la policía de inmediato ante cualquier amenaza de violencia física.", "Ya no se llama a la policía de inmediato ante toda amenaza de violencia física.")
        case .seriousIncidentsSkipSteps: ("Ahora un incidente grave puede saltarse pasos de la escala de consecuencias.", "Un incidente grave ya no puede saltarse pasos de la escala de consecuencias.")
        case .homeVisits: ("El personal ahora hace visitas a domicilio y de campo.", "El personal ya no hace visitas a domicilio ni de campo.")
        case .itineraryRequired: ("El personal ahora deja un itinerario antes de cada visita.", "El personal ya no tiene que dejar un itinerario antes de una visita.")
        case .checkOutRequired: ("El personal ahora avisa a la oficina al terminar cada visita.", "El personal ya no tiene que avisar a la oficina al terminar una visita.")
        case .eap: ("Ahora se ofrece un programa de ayuda al empleado.", "Ya no se ofrece el programa de ayuda al empleado.")
        case .debrief: ("Ahora cada incidente va seguido de una conversación con un responsable.", "Los incidentes ya no van seguidos siempre de una conversación con un responsable.")
        case .mentalHealthConsultants: ("El personal ahora puede consultar a especialistas en salud mental.", "El personal ya no tiene acceso a especialistas en salud mental.")
        case .teamDebriefs: ("Las interacciones difíciles ahora se comentan en las reuniones de equipo.", "Las interacciones difíciles ya no se comentan en las reuniones de equipo.")
        }
        return now ? yes : no
    }

    /// The list's item, singular and plural, and whether the noun is feminine.
    private func names(_ list: ListField) -> (one: String, many: String, feminine: Bool) {
        switch list {
        case .otherNumbers: ("número de teléfono", "números de teléfono", false)
        case .otherContacts: ("contacto", "contactos", false)
        case .acceptable: ("petición a los usuarios", "peticiones a los usuarios", true)
        case .notAccepted: ("comportamiento no aceptado", "comportamientos no aceptados", false)
        case .examples(let behaviour): ("ejemplo de \(quoted(behaviour))", "ejemplos de \(quoted(behaviour))", false)
        case .clientRights: ("derecho de los usuarios", "derechos de los usuarios", false)
        case .staffRights: ("derecho del personal", "derechos del personal", false)
        case .notify: ("persona informada de cada incidente", "personas informadas de cada incidente", true)
        case .trainingTopics: ("tema de formación", "temas de formación", false)
        }
    }

    func item(_ list: ListField, _ change: ItemChange) -> String {
        let (one, many, feminine) = names(list)
        let capitalised = one.prefix(1).uppercased() + one.dropFirst()
        let ending = feminine ? "a" : "o"
        switch (list, change) {
        case (.notAccepted, .removed(let item)): return "Ya no figura entre los comportamientos no aceptados: \(item.endingSentence)"
        case (_, .added(let item)): return "\(feminine ? "Nueva" : "Nuevo") \(one): \(item.endingSentence)"
        case (_, .removed(let item)): return "\(capitalised) eliminad\(ending): \(item.endingSentence)"
        case (_, .changed(let old, let new, let translations)):
            return "\(capitalised) modificad\(ending): \(quoted(new)) (antes: \(quoted(old)))" + self.ending(translations)
        case (_, .translations(let item)): return "\(capitalised) \(quoted(item)): traducciones actualizadas."
        case (_, .reordered): return "\(feminine ? "Las" : "Los") \(many) están ahora en otro orden."
        }
    }

    private func fieldName(_ field: StepField) -> String {
        switch field {
        case .trigger: "motivo"
        case .response: "medida"
        case .decidedBy: "quién decide"
        case .duration: "duración"
        case .review: "revisión"
        }
    }

    func step(_ level: Int, _ change: StepChange) -> String {
        switch change {
        case .added(let response): return "Nuevo paso \(level) de la escala de consecuencias: \(response.endingSentence)"
        case .removed(let response): return "Se eliminó el paso \(level) de la escala de consecuencias (antes: \(response))."
        case .translations: return "Paso \(level) de la escala de consecuencias: traducciones actualizadas."
        case .field(.response, let old, let new?, let translations):
            return "El paso \(level) de la escala de consecuencias es ahora: \(new)"
                + (old.map { " (antes: \($0))" } ?? "") + ending(translations)
        case .field(let field, let old, let new, let translations):
            let was = old.map { " (antes: \($0))" } ?? ""
            let now = new.map { "ahora \($0)" } ?? "ya no figura en la política"
            return "Paso \(level) de la escala de consecuencias, \(fieldName(field)): \(now)\(was)" + ending(translations)
        }
    }
}
