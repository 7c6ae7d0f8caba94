/// The `emergency:` section: numbers printed on the poster and the quick-reference card.
/// Any number the settings leave out comes from the jurisdiction's defaults.
public struct EmergencyNumbers: Hashable, Sendable {
    /// Police, fire and ambulance, e.g. "9-1-1", "000".
    public var emergencyNumber: String
    /// E.g. "9-8-8", "13 11 14".
    public var crisisLine: String
    /// E.g. "Suicide Crisis Helpline", "Lifeline".
    public var crisisLineName: LocalizedText
    public var otherNumbers: [NamedNumber]

    public init(emergencyNumber: String, crisisLine: String, crisisLineName: LocalizedText, otherNumbers: [NamedNumber] = []) {
        self.emergencyNumber = emergencyNumber
        self.crisisLine = crisisLine
        self.crisisLineName = crisisLineName
        self.otherNumbers = otherNumbers
    }
}

/// A phone number with the name of the service that answers it.
public struct NamedNumber: Hashable, Sendable {
    public var name: LocalizedText
    public var number: String

    public init(name: LocalizedText, number: String) {
        self.name = name
        self.number = number
    }
}
