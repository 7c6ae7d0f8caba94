/// The JSON Schema (draft 2020-12) of a settings file, made from the decoder's key
/// tables (`SettingsDecoder.settings` and the sections it holds), so that an editor
/// checks a file against the keys, types and choices `check` applies.
///
/// Files that `extends` a base may leave required keys to the base: mappings merge key
/// by key, so what a complete file needs is one rule at the top, applied only when
/// there is no `extends`. Lists replace the base's list whole, so a list item's
/// required keys always apply.
enum SettingsSchemaBuilder {
    static let schemaDialect = "https://json-schema.org/draft/2020-12/schema"

    static func schema() -> JSONTree {
        let root = SettingsDecoder.settings
        var members: [(String, JSONTree)] = [
            ("$schema", .string(schemaDialect)),
            ("title", "PolicyKit settings"),
        ]
        // Required in the sense that it cannot be empty: the loader refuses `extends:` alone.
        let extends = SettingsKey(SettingsExtension.key, .text, required: true,
                                  "The path of a base settings file whose values this file lays its own over; a file with 'extends' may leave required keys to its base.")
        let object = sectionSchema(root, leading: [extends])
        guard case .object(let objectMembers) = object else { return object }
        members += objectMembers.filter { $0.0 != "allOf" }
        var rules = objectMembers.first { $0.0 == "allOf" }.flatMap { member -> [JSONTree]? in
            if case .array(let items) = member.1 { return items }
            return nil
        } ?? []
        if let complete = completeRules(root) {
            rules.append(.object([("if", .object([("required", .strings([SettingsExtension.key]))])), ("else", complete)]))
        }
        members.append(("allOf", .array(rules)))
        members.append(("$defs", .object(valueDefinitions + sectionDefinitions(root))))
        return .object(members)
    }

    // MARK: Sections

    /// Every section below `root`, each once, in the order they are first met.
    private static func sectionDefinitions(_ root: SettingsSection) -> [(String, JSONTree)] {
        var found: [SettingsSection] = []
        func visit(_ value: SettingsValue) {
            switch value {
            case .section(let section):
                guard !found.contains(where: { $0.name == section.name }) else { return }
                found.append(section)
                section.keys.forEach { visit($0.value) }
            case .list(let item): visit(item)
            case .either(let values): values.forEach(visit)
            default: break
            }
        }
        root.keys.forEach { visit($0.value) }
        return found.map { ($0.name, sectionSchema($0)) }
    }

    /// A mapping's keys, its US spellings, and the rule that one key is not written both ways.
    private static func sectionSchema(_ section: SettingsSection, leading: [SettingsKey] = []) -> JSONTree {
        var properties: [(String, JSONTree)] = []
        for key in leading + section.keys where !key.retired {
            properties.append((key.name, propertySchema(key)))
            for american in americanSpellings(of: key.name, in: section) {
                properties.append((american, propertySchema(key, spelling: american)))
            }
        }
        var members: [(String, JSONTree)] = [
            ("description", .string(section.description)),
            ("type", "object"),
            ("properties", .object(properties)),
            ("additionalProperties", false),
        ]
        let bothSpellings: [JSONTree] = section.names.flatMap { name in
            americanSpellings(of: name, in: section).map { american in
                .object([("not", .object([("required", .strings([name, american]))]))])
            }
        }
        if !bothSpellings.isEmpty { members.append(("allOf", .array(bothSpellings))) }
        return .object(members)
    }

    /// `organization` beside `organisation`, where the decoder reads it as the same key.
    static func americanSpellings(of name: String, in section: SettingsSection) -> [String] {
        KeySpelling.american.keys.sorted().filter { KeySpelling.schemaKey($0, knownKeys: section.names) == name }
    }

    private static func propertySchema(_ key: SettingsKey, spelling: String? = nil) -> JSONTree {
        var members: [(String, JSONTree)] = []
        let description = spelling == nil ? key.description : "\(key.description) (The US spelling of '\(key.name)'.)"
        members.append(("description", .string(description)))
        let value = valueSchema(key.value, inList: false)
        if key.required {
            guard case .object(let valueMembers) = value else { return value }
            // Editors built on draft 7 ignore the words beside a `$ref`; inside `allOf` they
            // keep the description.
            members += valueMembers.contains { $0.0 == "$ref" } ? [("allOf", .array([value]))] : valueMembers
        } else {
            // An empty value means "not given", as if the key were left out.
            members.append(("anyOf", .array([value, .object([("type", "null")])])))
        }
        if let defaultValue = key.defaultValue { members.append(("default", defaultValue)) }
        if let example = key.example { members.append(("examples", .array([example]))) }
        return .object(members)
    }

    /// What a complete file needs, for files without `extends`: each mapping's required
    /// keys, and within them the needs of the mappings they hold.
    private static func completeRules(_ section: SettingsSection) -> JSONTree? {
        var members = requiredRules(section).members
        var properties: [(String, JSONTree)] = []
        for key in section.keys {
            guard case .section(let inner) = key.value, let rules = completeRules(inner) else { continue }
            properties.append((key.name, rules))
            for american in americanSpellings(of: key.name, in: section) { properties.append((american, rules)) }
        }
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return members.isEmpty ? nil : .object(members)
    }

    struct RequiredRules {
        /// Keys with one spelling.
        var required: [String] = []
        /// For keys with two spellings, a rule that either is there.
        var eitherSpelling: [JSONTree] = []
        var isEmpty: Bool { required.isEmpty && eitherSpelling.isEmpty }

        var members: [(String, JSONTree)] {
            var members: [(String, JSONTree)] = []
            if !required.isEmpty { members.append(("required", .strings(required))) }
            if !eitherSpelling.isEmpty { members.append(("allOf", .array(eitherSpelling))) }
            return members
        }
    }

    static func requiredRules(_ section: SettingsSection) -> RequiredRules {
        var rules = RequiredRules()
        for key in section.keys where key.required && !key.retired {
            let spellings = [key.name] + americanSpellings(of: key.name, in: section)
            if spellings.count == 1 {
                rules.required.append(key.name)
            } else {
                rules.eitherSpelling.append(.object([("anyOf", .array(spellings.map { .object([("required", .strings([$0]))]) }))]))
            }
        }
        return rules
    }
}
