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
    /// The whole client code as a one-page handout.
    case codeOfConduct = "code-of-conduct"
    case handbook
    case card
    /// A record of a risk assessment: each item in place or not, the action, who, by when.
    case checklist
    /// The form staff fill in after an incident.
    case incidentReport = "incident-report"
    /// The page staff sign to say they have read the handbook.
    case acknowledgement
    /// "What changed in version 2.1": the summary of a new version, for staff.
    case changes
    /// The letter to a client for one step of the consequence ladder: one document per
    /// step given in writing, written as `letter-step-2.html` and so on (see `fileStem`).
    case letter

    /// The documents a build makes unless asked otherwise: all but `changes`, which needs
    /// the earlier version of the policy.
    public static let standard: [DocumentKind] = [.poster, .codeOfConduct, .handbook, .card, .checklist, .incidentReport, .acknowledgement, .letter]

    /// The document's name as its title shows it.
    public var displayName: String {
        switch self {
        case .poster: "Client Code of Conduct"
        case .handbook: "Staff Safety Handbook"
        case .card: "Quick-Reference Card"
        case .codeOfConduct: "Client Code of Conduct"
        case .checklist: "Risk-Assessment Checklist"
        case .incidentReport: "Incident Report"
        case .acknowledgement: "Staff Acknowledgement"
        case .changes: "What Changed"
        case .letter: "Letter About the Code of Conduct"
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
        case (.codeOfConduct, "fr"): "Code de conduite des usagers"
        case (.letter, "fr"): "Lettre au sujet du code de conduite"
        case (.incidentReport, "fr"): "Rapport d'incident"
        case (.acknowledgement, "fr"): "Attestation de lecture du personnel"
        case (.poster, "es"): "Código de conducta"
        case (.handbook, "es"): "Manual de seguridad del personal"
        case (.card, "es"): "Guía rápida"
        case (.checklist, "es"): "Lista de verificación de riesgos"
        case (.changes, "es"): "Qué cambia"
        case (.codeOfConduct, "es"): "Código de conducta para usuarios"
        case (.letter, "es"): "Carta sobre el código de conducta"
        case (.incidentReport, "es"): "Informe de incidente"
        case (.acknowledgement, "es"): "Constancia de lectura del personal"
        case (.poster, "ar"): "مدونة السلوك"
        case (.handbook, "ar"): "دليل سلامة الموظفين"
        case (.card, "ar"): "بطاقة مرجعية سريعة"
        case (.checklist, "ar"): "قائمة تقييم المخاطر"
        case (.changes, "ar"): "ما الذي تغيّر"
        case (.codeOfConduct, "ar"): "مدونة سلوك المراجعين"
        case (.letter, "ar"): "رسالة بشأن مدونة السلوك"
        case (.poster, "zh-Hans"): "行为守则"
        case (.handbook, "zh-Hans"): "员工安全手册"
        case (.card, "zh-Hans"): "快速参考卡"
        case (.checklist, "zh-Hans"): "风险评估清单"
        case (.changes, "zh-Hans"): "变更内容"
        case (.codeOfConduct, "zh-Hans"): "服务对象行为守则"
        case (.letter, "zh-Hans"): "关于行为守则的信"
        case (.poster, "pa"): "ਵਿਹਾਰ ਦੇ ਨਿਯਮ"
        case (.poster, "vi"): "Bộ quy tắc ứng xử"
        case (.codeOfConduct, "pa"): "ਕਲਾਇੰਟਾਂ ਲਈ ਵਿਹਾਰ ਦੇ ਨਿਯਮ"
        case (.codeOfConduct, "vi"): "Bộ quy tắc ứng xử dành cho khách hàng"
        case (.letter, "pa"): "ਵਿਹਾਰ ਦੇ ਨਿਯਮਾਂ ਬਾਰੇ ਚਿੱਠੀ"
        case (.letter, "vi"): "Thư về bộ quy tắc ứng xử"
        // "Staff Acknowledgment" for a US organisation, as its templates spell it.
        default: language.isAmerican ? AmericanSpelling.convert(displayName) : displayName
        }
    }

    /// Who reads the document. Client documents are written in every language the policy
    /// lists and kept to the reading grade clients need; staff documents are built in the
    /// languages that have templates for them.
    public var audience: Audience {
        switch self {
        case .poster, .codeOfConduct, .letter: .clients
        case .handbook, .card, .checklist, .incidentReport, .acknowledgement, .changes: .staff
        }
    }

    /// The poster hangs in the lobby, the card sits at reception, the code of conduct is
    /// handed out and the acknowledgement is signed on one sheet: each must fit one.
    /// This is a matter of paper, not of who reads it.
    public var printsOnOnePage: Bool {
        [.poster, .codeOfConduct, .card, .acknowledgement, .letter].contains(self)
    }

    /// The most pages the document may print on, where it has a limit: one for the sheets
    /// above, but both sides of the card, and two for the checklist and the incident
    /// report, which are filed as records.
    var pageLimit: Int? {
        switch self {
        case .poster, .codeOfConduct, .acknowledgement, .letter: 1
        case .card, .checklist, .incidentReport: 2
        case .handbook, .changes: nil
        }
    }

    /// Whether every language must have a template for it. The poster and the code of
    /// conduct must, so that no client gets a fallback; a letter is made only where its
    /// template exists, like a staff document, so a language can be added before its letter.
    var requiredInEveryLanguage: Bool {
        self == .poster || self == .codeOfConduct
    }

    /// The name of the document's files before the language and extension: the kind's
    /// own name, and for a letter the step it is for (`letter-step-2`), so that the files
    /// say which step each letter tells of, even where a step without a letter is skipped.
    func fileStem(step: Int? = nil) -> String {
        guard let step else { return rawValue }
        return "\(rawValue)-step-\(step)"
    }

    /// The readers a document is written for.
    ///
    /// ```swift
    /// let forStaff = DocumentKind.allCases.filter { $0.audience == .staff }  // handbook, card, checklist, incident report, ...
    /// ```
    public enum Audience: Sendable {
        case clients
        case staff
    }
}
