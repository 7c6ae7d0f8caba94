/// The documents PolicyKit builds, each filled from the template `<language>/<kind>.md`.
/// Choose among them in `BuildOptions.documents`; `changes` is built only when asked for,
/// with the earlier version of the policy in `BuildOptions.changesFrom`.
///
/// ```swift
/// let clientDocuments = DocumentKind.allCases.filter { $0.audience == .clients }
/// let options = BuildOptions(documents: clientDocuments, formats: [.html, .pdf])
/// ```
public enum DocumentKind: String, CaseIterable, Sendable {
    case poster
    case handbook
    case card
    case checklist
    /// "What changed in version 2.1": the summary of a new version, for staff.
    case changes

    /// The documents a build makes unless asked otherwise: all but `changes`, which needs
    /// the earlier version of the policy.
    public static let standard: [DocumentKind] = [.poster, .handbook, .card, .checklist]

    /// The document's name as its title shows it.
    public var displayName: String {
        switch self {
        case .poster: "Client Code of Conduct"
        case .handbook: "Staff Safety Handbook"
        case .card: "Quick-Reference Card"
        case .checklist: "Risk-Assessment Checklist"
        case .changes: "What Changed"
        }
    }

    /// The document's name in `language`, as its title shows it there; the English name
    /// for a language PolicyKit has no name for.
    ///
    /// ```swift
    /// DocumentKind.card.displayName(in: .spanish)    // "Guía rápida"
    /// DocumentKind.poster.displayName(in: .french)   // "Code de conduite"
    /// ```
    public func displayName(in language: Language) -> String {
        switch (self, language.code) {
        case (.poster, "fr"): "Code de conduite"
        case (.handbook, "fr"): "Guide de sécurité du personnel"
        case (.card, "fr"): "Aide-mémoire"
        case (.checklist, "fr"): "Liste de vérification des risques"
        case (.changes, "fr"): "Ce qui change"
        case (.poster, "es"): "Código de conducta"
        case (.handbook, "es"): "Manual de seguridad del personal"
        case (.card, "es"): "Guía rápida"
        case (.checklist, "es"): "Lista de verificación de riesgos"
        case (.changes, "es"): "Qué cambia"
        case (.poster, "pa"): "ਵਿਹਾਰ ਦੇ ਨਿਯਮ"
        case (.poster, "vi"): "Bộ quy tắc ứng xử"
        default: displayName
        }
    }

    /// Who reads the document. Client documents are written in every language the policy
    /// lists and kept to the reading grade clients need; staff documents are built in the
    /// languages that have templates for them.
    public var audience: Audience {
        switch self {
        case .poster: .clients
        case .handbook, .card, .checklist, .changes: .staff
        }
    }

    /// The poster hangs in the lobby and the card sits at reception: each must fit one
    /// sheet. This is a matter of paper, not of who reads it.
    public var printsOnOnePage: Bool {
        self == .poster || self == .card
    }

    /// The readers a document is written for.
    ///
    /// ```swift
    /// let forStaff = DocumentKind.allCases.filter { $0.audience == .staff }  // handbook, card, checklist, changes
    /// ```
    public enum Audience: Sendable {
        case clients
        case staff
    }
}
