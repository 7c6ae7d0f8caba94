/// How one language tells the changes: a heading per section and a sentence per change.
/// Each language words every kind of change its own way; `sentence(_:)` picks the kind.
protocol ChangeWording: Sendable {
    var language: Language { get }
    var noChanges: String { get }
    /// The title of the `changes` document: "What changed in version 2.1".
    func title(version: String) -> String
    func heading(_ section: PolicySection) -> String

    func value(_ field: ValueField, old: String?, new: String?) -> String
    /// How a sentence ends: with a note when the other languages' text changed too.
    func ending(_ translations: Bool) -> String
    func translationsUpdated(_ field: ValueField) -> String
    func measure(_ measure: Measure, now: Bool) -> String
    func item(_ list: ListField, _ change: ItemChange) -> String
    func step(_ level: Int, _ change: StepChange) -> String
    func languageAdded(_ added: Language) -> String
    func languageRemoved(_ removed: Language) -> String
    func primaryLanguage(old: Language, new: Language) -> String
}

extension ChangeWording {
    func sentence(_ change: PolicyChange) -> String {
        switch change {
        case .value(let field, let old, let new, let translations):
            value(field, old: old, new: new) + ending(translations)
        case .valueTranslations(let field):
            translationsUpdated(field)
        case .measure(let measure, let now):
            self.measure(measure, now: now)
        case .item(let list, let change):
            item(list, change)
        case .step(let level, let change):
            step(level, change)
        case .languageAdded(let added):
            languageAdded(added)
        case .languageRemoved(let removed):
            languageRemoved(removed)
        case .primaryLanguage(let old, let new):
            primaryLanguage(old: old, new: new)
        }
    }

    func hours(_ count: String) -> String { language.counted(Int(count)!, .hour) }
    func country(_ code: String) -> String { Jurisdiction(rawValue: code)?.name(in: language) ?? code }
    func paper(_ name: String) -> String { PaperSize(rawValue: name)?.displayName ?? name }
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
