extension Jurisdiction {
    /// The numbers every poster in this jurisdiction should carry unless the settings say otherwise.
    var defaultEmergencyNumbers: EmergencyNumbers {
        switch self {
        case .canada:
            EmergencyNumbers(
                emergencyNumber: "9-1-1",
                crisisLine: "9-8-8",
                crisisLineName: LocalizedText(
                    en: "9-8-8 Suicide Crisis Helpline",
                    fr: "Aide en cas de crise suicidaire",
                    es: "Ayuda en crisis de suicidio"
                )
            )
        case .unitedStates:
            EmergencyNumbers(
                emergencyNumber: "911",
                crisisLine: "988",
                crisisLineName: LocalizedText(
                    en: "988 Suicide & Crisis Lifeline",
                    fr: "Aide en cas de crise suicidaire",
                    es: "988 Línea de Prevención del Suicidio y Crisis"
                )
            )
        case .australia:
            EmergencyNumbers(
                emergencyNumber: "000",
                crisisLine: "13 11 14",
                crisisLineName: LocalizedText(
                    en: "Lifeline",
                    fr: "Lifeline, écoute et soutien en cas de crise",
                    es: "Lifeline, apoyo en crisis"
                )
            )
        case .unitedKingdom:
            EmergencyNumbers(
                emergencyNumber: "999",
                crisisLine: "111",
                crisisLineName: LocalizedText(
                    en: "NHS 111",
                    fr: "NHS 111, conseils médicaux urgents",
                    es: "NHS 111, consejo médico urgente"
                )
            )
        }
    }
}
