/// The kinds of value in the settings schema, and the definitions many keys share.
extension SettingsSchemaBuilder {
    static func reference(_ name: String) -> JSONTree {
        .object([("$ref", .string("#/$defs/\(name)"))])
    }

    /// `inList`: a mapping that is a list item needs its required keys whatever the file
    /// extends, because a list replaces the base's list whole.
    static func valueSchema(_ value: SettingsValue, inList: Bool) -> JSONTree {
        switch value {
        case .text: return reference("text")
        case .localizedText: return reference("localized_text")
        case .bool: return .object([("type", "boolean")])
        case .integer(let minimum): return .object([("type", "integer"), ("minimum", .integer(minimum))])
        case .date: return reference("date")
        case .choice(let choice):
            return .object([("anyOf", .array([
                .object([("enum", .strings(choice.words))]),
                .object([("type", "string"), ("pattern", .string(anyCasePattern(choice.words)))]),
            ]))])
        case .localizedTextList:
            return .object([("type", "array"), ("minItems", 1), ("items", reference("localized_text"))])
        case .languages: return reference("languages")
        case .section(let section):
            let rules = inList ? requiredRules(section) : RequiredRules()
            guard !rules.isEmpty else { return reference(section.name) }
            var members: [(String, JSONTree)] = [("allOf", .array([reference(section.name)] + rules.eitherSpelling))]
            if !rules.required.isEmpty { members.append(("required", .strings(rules.required))) }
            return .object(members)
        case .list(let item):
            return .object([("type", "array"), ("minItems", 1), ("items", valueSchema(item, inList: true))])
        case .either(let values):
            return .object([("anyOf", .array(values.map { valueSchema($0, inList: inList) }))])
        }
    }

    /// The kinds of value many keys share.
    static var valueDefinitions: [(String, JSONTree)] {
        let codes = JSONTree.strings(Language.all.map(\.code))
        return [
            ("text", .object([
                ("description", "Text. A number, date or true/false written here is read as the text it shows."),
                ("type", .strings(["string", "number", "boolean"])),
                ("pattern", "\\S"),
            ])),
            ("localized_text", .object([
                ("anyOf", .array([
                    reference("text"),
                    .object([
                        ("description", "Text per language, keyed by language code, such as {en: ..., fr: ...}."),
                        ("type", "object"),
                        ("propertyNames", .object([("enum", codes)])),
                        ("minProperties", 1),
                        ("additionalProperties", reference("text")),
                    ]),
                ])),
            ])),
            ("date", .object([
                ("description", "A date written YYYY-MM-DD."),
                ("type", "string"),
                ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                ("format", "date"),
            ])),
            ("languages", .object([
                ("anyOf", .array([
                    .object([("enum", codes)]),
                    .object([("type", "array"), ("minItems", 1), ("uniqueItems", true), ("items", .object([("enum", codes)]))]),
                ])),
            ])),
        ]
    }

    /// `^(?:[cC][aA]|...)$`: JSON Schema patterns have no flag for letter case, and the
    /// decoder ignores case and the number of spaces between words.
    static func anyCasePattern(_ words: [String]) -> String {
        let alternatives = words.map { word in
            word.split(separator: " ").map { part in
                part.map { character -> String in
                    let lower = character.lowercased(), upper = character.uppercased()
                    if lower != upper { return "[\(lower)\(upper)]" }
                    return character.isLetter || character.isNumber ? String(character) : "\\" + String(character)
                }.joined()
            }.joined(separator: "\\s+")
        }
        return "^(?:" + alternatives.joined(separator: "|") + ")$"
    }
}
