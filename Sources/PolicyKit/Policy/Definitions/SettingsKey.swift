/// One key of a settings section: the decoder accepts exactly the keys of its
/// section's table, and `policykit schema` describes them from the same table, so
/// the two cannot disagree about which keys exist.
///
/// Adding a setting is one line in its section's table (`SettingsDecoder.organisation`
/// and the like, beside the code that reads the section) plus the line that reads it.
struct SettingsKey: Sendable {
    let name: String
    let value: SettingsValue
    /// One or two sentences for the person editing the file, shown by editors.
    let description: String
    /// Needed in a complete settings file; a file that `extends` a base may leave it to the base.
    let required: Bool
    /// What the documents use when the key is left out, when that is one fixed value.
    let defaultValue: JSONTree?
    /// A value the decoder accepts, shown by editors; also what the tests write for the key.
    let example: JSONTree?
    /// Known only so that the decoder can say where the setting went; the schema refuses it.
    let retired: Bool

    init(_ name: String, _ value: SettingsValue, required: Bool = false, default defaultValue: JSONTree? = nil,
         example: JSONTree? = nil, retired: Bool = false, _ description: String) {
        self.name = name
        self.value = value
        self.required = required
        self.defaultValue = defaultValue
        self.example = example
        self.retired = retired
        self.description = description
    }
}

/// The kinds of value a settings key holds, as `ValueReader` reads them.
indirect enum SettingsValue: Sendable {
    /// Any scalar that is not blank: `version: 2.10` is the text "2.10".
    case text
    /// Text, or text per language (`{en: ..., fr: ...}`).
    case localizedText
    /// `true` or `false`.
    case bool
    /// A whole number, at least `minimum`.
    case integer(minimum: Int)
    /// A date written YYYY-MM-DD.
    case date
    /// One of a few words, in any letter case.
    case choice(SettingsChoice)
    /// A list of text, each item given once or per language.
    case localizedTextList
    /// Language codes: one, or a list of them.
    case languages
    /// A mapping with its own keys.
    case section(SettingsSection)
    /// A list, at least one item long, of values of one kind.
    case list(SettingsValue)
    /// Any one of these kinds, tried in order.
    case either([SettingsValue])
}

/// A value chosen from a few words, matched without regard to letter case or to the
/// spaces between words, as the decoder compares them.
struct SettingsChoice: Sendable {
    /// Every accepted spelling, the usual ones first.
    let words: [String]
}

/// The keys of one mapping in the settings, in the order the starter file writes them.
struct SettingsSection: Sendable {
    /// The schema's name for the mapping (`organisation`, `ladder_step`).
    let name: String
    let description: String
    let keys: [SettingsKey]
    /// Every key the decoder accepts here, retired ones included, for `MappingReader`.
    let names: [String]

    init(_ name: String, _ description: String, _ keys: [SettingsKey]) {
        self.name = name
        self.description = description
        self.keys = keys
        self.names = keys.map(\.name)
    }

    /// The same keys, with `required` now needed: a role's contact is optional in
    /// `contacts`, but an item of `contacts.other` needs a title.
    func requiring(_ required: Set<String>, name: String, description: String) -> SettingsSection {
        SettingsSection(name, description, keys.map { key in
            guard required.contains(key.name) else { return key }
            return SettingsKey(key.name, key.value, required: true, default: key.defaultValue, example: key.example,
                               retired: key.retired, key.description)
        })
    }
}
