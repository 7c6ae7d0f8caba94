extension Jurisdiction {
    /// The numbers every poster in this jurisdiction should carry unless the settings say otherwise.
    public var defaultEmergencyNumbers: EmergencyNumbers {
        switch self {
        case .canada:
            EmergencyNumbers(emergencyNumber: "9-1-1", crisisLine: "9-8-8", crisisLineName: "9-8-8 Suicide Crisis Helpline")
        case .unitedStates:
            EmergencyNumbers(emergencyNumber: "911", crisisLine: "988", crisisLineName: "988 Suicide & Crisis Lifeline")
        case .australia:
            EmergencyNumbers(emergencyNumber: "000", crisisLine: "13 11 14", crisisLineName: "Lifeline")
        case .unitedKingdom:
            EmergencyNumbers(emergencyNumber: "999", crisisLine: "111", crisisLineName: "NHS 111")
        }
    }
}
