/// How one language tells the changes: a heading per section and a sentence per change.
protocol ChangeWording: Sendable {
    var language: Language { get }
    var noChanges: String { get }
    /// The title of the `changes` document: "What changed in version 2.1".
    func title(version: String) -> String
    func heading(_ section: PolicySection) -> String
    func sentence(_ change: PolicyChange) -> String
}

extension Language {
    /// The wording of the change summary in this language; English where PolicyKit has none.
    var changeWording: any ChangeWording {
        switch code {
        case "fr": FrenchChangeWording()
        case "es": SpanishChangeWording()
        default: EnglishChangeWording()
        }
    }
}

extension String {
    /// The text as the end of a sentence: with a full stop unless it already ends one.
    var endingSentence: String {
        guard let last = unicodeScalars.last, !".!?…".unicodeScalars.contains(last) else { return self }
        return self + "."
    }
}
