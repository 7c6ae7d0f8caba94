extension Jurisdiction {
    /// The jurisdiction as people write it in settings: its code (`CA`), the
    /// country's name (`Australia`) or a common abbreviation (`USA`), in any case.
    init?(written text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if let code = Jurisdiction(rawValue: words.uppercased()) {
            self = code
            return
        }
        switch words {
        case "australia": self = .australia
        case "canada": self = .canada
        case "united kingdom", "the united kingdom": self = .unitedKingdom
        case "united states", "the united states", "usa", "united states of america": self = .unitedStates
        default: return nil
        }
    }
}
