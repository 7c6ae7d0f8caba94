import Foundation
@testable import PolicyKit

/// A settings file that writes every key of the decoder's tables, with the table's
/// example value or a plain one of the key's kind: what the schema and `check` must
/// both accept.
struct SettingsSample {
    /// Where a key may hold one of several kinds (`consequences`: a list or a mapping),
    /// variant 0 writes the first kind and variant 1 the last, so the two samples
    /// together write every key.
    var variant = 0
    /// Keys written in US spelling (`organization`) wherever the decoder reads one.
    var american = false
    /// The section (by its schema name) given one key no table knows.
    var unknownKeyIn: String?

    static let unknownKey = "zz_not_a_key"
    static let variants = [0, 1]

    /// The sample as text; JSON is YAML, so the settings loader reads it as it is.
    var text: String { document.text }

    var document: JSONTree { .object(members(of: SettingsDecoder.settings)) }

    private func members(of section: SettingsSection) -> [(String, JSONTree)] {
        var members = section.keys.filter { !$0.retired }.map { key in
            (spelling(of: key.name, in: section), sampleValue(of: key, in: section))
        }
        if unknownKeyIn == section.name { members.append((Self.unknownKey, "anything")) }
        return members
    }

    /// The table's example, but for a file the sample must name for real: the logo is one
    /// of the examples' own, so `check` finds and reads it wherever the sample is loaded.
    private func sampleValue(of key: SettingsKey, in section: SettingsSection) -> JSONTree {
        if section.name == "organisation", key.name == "logo" {
            return .string(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../../Examples/northgate-uk/logo.png").standardizedFileURL.path)
        }
        return key.example ?? value(key.value)
    }

    private func spelling(of name: String, in section: SettingsSection) -> String {
        guard american else { return name }
        return KeySpelling.american.keys.sorted().first { KeySpelling.schemaKey($0, knownKeys: section.names) == name } ?? name
    }

    private func value(_ kind: SettingsValue) -> JSONTree {
        switch kind {
        case .text, .localizedText: "Sample text"
        case .bool: true
        case .integer(let minimum): .integer(minimum)
        case .date: "2026-01-15"
        case .choice(let choice): .string(choice.words[0])
        case .localizedTextList: .strings(["Sample text"])
        case .languages: .strings([Language.english.code])
        case .section(let section): .object(members(of: section))
        case .list(let item): .array([value(item)])
        case .either(let kinds): value(variant == 0 ? kinds[0] : kinds[kinds.count - 1])
        }
    }

    /// Every key path of a JSON value, as `contacts.other.title` (list items add nothing).
    static func keyPaths(of value: JSONValue, under prefix: String = "") -> Set<String> {
        switch value {
        case .object(let members):
            var paths: Set<String> = []
            for (key, member) in members {
                paths.insert(prefix + key)
                paths.formUnion(keyPaths(of: member, under: prefix + key + "."))
            }
            return paths
        case .array(let items):
            return items.reduce(into: []) { $0.formUnion(keyPaths(of: $1, under: prefix)) }
        default:
            return []
        }
    }
}

/// The schema `policykit schema` prints, read back as JSON.
enum PrintedSchema {
    static func parsed() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(SettingsSchema.json.utf8))
    }

    /// A `$defs` entry or the root, by name.
    static func definition(_ name: String, in schema: JSONValue) -> JSONValue? {
        guard case .object(let root) = schema else { return nil }
        if name == "settings" { return schema }
        guard case .object(let definitions)? = root["$defs"] else { return nil }
        return definitions[name]
    }

    static func member(_ key: String, of value: JSONValue?) -> JSONValue? {
        guard case .object(let members)? = value else { return nil }
        return members[key]
    }

    /// The property names of a mapping in the schema.
    static func propertyNames(of value: JSONValue?) -> Set<String> {
        guard case .object(let properties)? = member("properties", of: value) else { return [] }
        return Set(properties.keys)
    }

    /// Every key path the schema allows, following `$ref`, `anyOf`, `allOf` and list items.
    static func keyPaths(of value: JSONValue, in schema: JSONValue, under prefix: String = "") -> Set<String> {
        guard case .object(let members) = value else { return [] }
        var paths: Set<String> = []
        if case .string(let reference)? = members["$ref"], reference.hasPrefix("#/$defs/"),
           let target = definition(String(reference.dropFirst("#/$defs/".count)), in: schema) {
            paths.formUnion(keyPaths(of: target, in: schema, under: prefix))
        }
        if case .object(let properties)? = members["properties"] {
            for (key, property) in properties {
                paths.insert(prefix + key)
                paths.formUnion(keyPaths(of: property, in: schema, under: prefix + key + "."))
            }
        }
        for combination in ["anyOf", "allOf"] {
            guard case .array(let alternatives)? = members[combination] else { continue }
            for alternative in alternatives { paths.formUnion(keyPaths(of: alternative, in: schema, under: prefix)) }
        }
        if let items = members["items"] { paths.formUnion(keyPaths(of: items, in: schema, under: prefix)) }
        return paths
    }
}
