/// What changed between two versions of a policy, told in plain sentences grouped by
/// section: "Incident reports are now due within 24 hours (was 48 hours)."
///
/// The policies are compared as typed values, so a settings file that only changed its
/// white space, comments, key order or quoting has no changes. Anything that would
/// change a built document counts, translations, languages and paper included; the
/// version, effective date, next review date and change log do not, as they say that
/// the policy changed rather than what changed. Text given per language is told once,
/// in the summary's language (the new policy's primary language unless asked), with
/// "(translations updated)" when the other languages' text changed too.
///
/// ```swift
/// let old = SettingsLoader.loadFile(atPath: "old/settings.yaml", today: .todayUTC())
/// let new = SettingsLoader.loadFile(atPath: "settings.yaml", today: .todayUTC())
/// guard let before = old.policy, let after = new.policy else { return }
/// let diff = PolicyDiff(from: before, to: after)
/// if diff.isEmpty { print("No changes") }
/// for section in diff.summary(in: .french) {
///     print(section.heading, section.sentences)
/// }
/// print(diff.rendered(as: .markdown, in: .english))
/// ```
public struct PolicyDiff: Sendable {
    /// One section of the summary: its heading and a sentence per change, in one language.
    public struct Section: Hashable, Sendable {
        public let heading: String
        public let sentences: [String]
    }

    let old: Policy
    let new: Policy
    /// The changes, with their values in the new policy's primary language.
    let changes: [PolicyChange]

    /// Compares `old` with `new`.
    public init(from old: Policy, to new: Policy) {
        self.old = old
        self.new = new
        changes = PolicyComparison(old: old, new: new, language: new.primaryLanguage.code).changes()
    }

    /// The two policies' versions, for titles such as "What changed in version 2.1".
    public var oldVersion: String { old.metadata.version }
    public var newVersion: String { new.metadata.version }
    /// The language the summary is told in unless another is asked for: the new policy's primary language.
    public var primaryLanguage: Language { new.primaryLanguage }

    /// Whether nothing a built document shows has changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes there are: one per sentence of the summary.
    public var count: Int { changes.count }

    /// The summary in `language` (English for a language PolicyKit has no wording for),
    /// sections in the order of the settings file, empty when nothing changed.
    public func summary(in language: Language) -> [Section] {
        let wording = language.changeWording
        let changes = language == primaryLanguage
            ? changes : PolicyComparison(old: old, new: new, language: language.code).changes()
        return PolicySection.allCases.compactMap { section in
            let sentences = changes.filter { $0.section == section }.map(wording.sentence)
            return sentences.isEmpty ? nil : Section(heading: wording.heading(section), sentences: sentences)
        }
    }

    /// "No changes to the policy." in `language`.
    public static func noChangesSentence(in language: Language) -> String {
        language.changeWording.noChanges
    }
}
