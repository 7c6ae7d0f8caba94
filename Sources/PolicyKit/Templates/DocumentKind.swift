/// The four documents PolicyKit builds, each filled from the template `<language>/<kind>.md`.
public enum DocumentKind: String, CaseIterable, Sendable {
    case poster
    case handbook
    case card
    case checklist

    /// The document's name as its title shows it.
    public var displayName: String {
        switch self {
        case .poster: "Client Code of Conduct"
        case .handbook: "Staff Safety Handbook"
        case .card: "Quick-Reference Card"
        case .checklist: "Risk-Assessment Checklist"
        }
    }

    /// The document's name in `language`.
    public func displayName(in language: Language) -> String {
        switch (self, language.code) {
        case (.poster, "fr"): "Code de conduite"
        case (.handbook, "fr"): "Guide de sécurité du personnel"
        case (.card, "fr"): "Aide-mémoire"
        case (.checklist, "fr"): "Liste de vérification des risques"
        case (.poster, "es"): "Código de conducta"
        case (.handbook, "es"): "Manual de seguridad del personal"
        case (.card, "es"): "Guía rápida"
        case (.checklist, "es"): "Lista de verificación de riesgos"
        default: displayName
        }
    }

    /// Clients read it, so it is written in every language the policy lists.
    public var isClientFacing: Bool {
        self == .poster || self == .card
    }
}
