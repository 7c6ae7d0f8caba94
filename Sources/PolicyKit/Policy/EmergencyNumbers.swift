/// The `emergency:` section: numbers printed on the poster and the quick-reference card.
/// Any number the settings leave out comes from the jurisdiction's defaults.
public struct EmergencyNumbers: Hashable, Sendable {
    /// Police, fire and ambulance, e.g. "9-1-1", "000".
    public internal(set) var emergencyNumber: String
    /// E.g. "9-8-8", "13 11 14".
    public internal(set) var crisisLine: String
    /// E.g. "Suicide Crisis Helpline", "Lifeline".
    public internal(set) var crisisLineName: LocalizedText
    public internal(set) var otherNumbers: [NamedNumber]

    init(emergencyNumber: String, crisisLine: String, crisisLineName: LocalizedText, otherNumbers: [NamedNumber] = []) {
        self.emergencyNumber = emergencyNumber
        self.crisisLine = crisisLine
        self.crisisLineName = crisisLineName
        self.otherNumbers = otherNumbers
    }
}

/// A phone number with the name of the service that answers it.
public struct NamedNumber: Hashable, Sendable {
    public internal(set) var name: LocalizedText
    public internal(set) var number: String

    init(name: LocalizedText, number: String) {
        self.name = name
        self.number = number
    }
}
