/// Reads the keys of one settings mapping by their schema types, reporting each
/// problem at the node it concerns. A value that is absent or wrong reads as nil;
/// wrong ones have already been reported, so callers just fall back to defaults.
struct MappingReader {
    let context: DecodingContext
    /// Where "missing value" errors point: the key that introduced this mapping
    /// (or the start of the file for the top level).
    let anchor: SourceLocation
    /// The mapping in messages, quoted as needed: "'organisation'", "item 2 of 'ladder'";
    /// nil at the top level.
    let name: String?
    /// The first entry of each known key, in the order written. A mapping has a few
    /// keys and is read once per site, so a list searched in order costs less than
    /// hashing every key into a dictionary.
    private var entries: [MappingEntry] = []
    private var keys: [String] = []

    /// nil when `node` is absent or empty; reports an error when it is not a mapping.
    /// `homes` names, for keys that belong in a nested section, the section they belong in,
    /// so a key written at the wrong level is explained rather than just refused.
    /// `otherKeys` ends the message for an unknown key that is no near miss of a known one.
    init?(_ node: Node?, name: String?, anchor: SourceLocation, knownKeys: [String], homes: [String: String] = [:], otherKeys: String = "", context: DecodingContext) {
        self.context = context
        self.anchor = anchor
        self.name = name
        guard let node, !node.isNull else { return nil }
        guard case .mapping(let list) = node.kind else {
            let what = name ?? "the settings"
            context.error("expected a mapping for \(what), found \(node.foundDescription)\(Self.missingSpaceHint(node))", at: node.location)
            return nil
        }
        for entry in list {
            guard case .scalar(let key) = entry.key.kind else {
                context.error("a key must be plain text, found \(entry.key.foundDescription)", at: entry.key.location)
                continue
            }
            let schemaKey = KeySpelling.schemaKey(key.text, knownKeys: knownKeys)
            guard knownKeys.contains(schemaKey) else {
                if let home = homes[key.text] {
                    context.error("'\(key.text)' belongs inside '\(home)'; indent it under '\(home):'", at: entry.key.location)
                } else {
                    context.error(Self.unknownKeyMessage(key.text, knownKeys: knownKeys, in: name, otherKeys: otherKeys), at: entry.key.location)
                }
                continue
            }
            if let index = keys.firstIndex(of: schemaKey) {
                // The parser refuses the same spelling twice; two spellings of one key are refused here.
                if case .scalar(let first) = entries[index].key.kind, first.text != key.text {
                    // A site file and its base are merged by key as written, so both spellings meet here.
                    let earlier = entries[index].key.location.file
                    let later = entry.key.location.file
                    if earlier != later {
                        let (site, base) = earlier < later ? (first.text, key.text) : (key.text, first.text)
                        let location = earlier < later ? entries[index].key.location : entry.key.location
                        context.error("'\(site)' here and '\(base)' in the file it extends are the same key; spell it '\(schemaKey)' in both, so that this file's values are laid over the other's", at: location)
                    } else {
                        context.error("'\(key.text)' and '\(first.text)' are the same key, written twice; keep one of them", at: entry.key.location)
                    }
                }
            } else {
                keys.append(schemaKey)
                entries.append(entry)
                context.noteKey(schemaKey, at: entry.key.location)
            }
        }
    }

    /// `name:Riverside` where a mapping belongs is a key and value without the space
    /// YAML needs after ':', which YAML reads as one piece of text.
    private static func missingSpaceHint(_ node: Node) -> String {
        guard case .scalar(let scalar) = node.kind, scalar.style == .plain,
              let word = scalar.text.split(whereSeparator: \.isWhitespace).first,
              let colon = word.firstIndex(of: ":"), colon != word.startIndex, word.index(after: colon) != word.endIndex
        else { return "" }
        return "; put a space after the ':' in '\(Node.shortened(String(word)))'"
    }

    static func unknownKeyMessage(_ key: String, knownKeys: [String], in name: String?, otherKeys: String = "") -> String {
        if let suggestion = KeySuggestion.nearest(to: key, in: knownKeys) {
            return "unknown key '\(key)'; did you mean '\(suggestion)'?"
        }
        let place = name.map { " in \($0)" } ?? ""
        return "unknown key '\(key)'\(place); the keys allowed here are: \(knownKeys.joined(separator: ", "))\(otherKeys)"
    }

    /// The entry for `key` when given and not empty.
    func entry(_ key: String) -> MappingEntry? {
        guard let entry = rawEntry(key), !entry.value.isNull else { return nil }
        return entry
    }

    /// The entry for `key` even when its value is empty, for "missing value" reports.
    func rawEntry(_ key: String) -> MappingEntry? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        context.noteRead(at: entries[index].key.location)
        return entries[index]
    }

    // MARK: Required values

    func missing(_ key: String) {
        if let entry = rawEntry(key) {
            context.error("'\(key)' needs a value", at: entry.key.location)
        } else if let name {
            context.error("missing '\(key)' in \(name)", at: anchor)
        } else {
            context.error("missing required section '\(key)'", at: anchor)
        }
    }

    func requiredText(_ key: String) -> String? {
        guard entry(key) != nil else { missing(key); return nil }
        return text(key)
    }

    // MARK: Typed values

    func text(_ key: String) -> String? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.text(entry.value, name: key, context: context)
    }

    func bool(_ key: String) -> Bool? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.bool(entry.value, name: key, context: context)
    }

    func integer(_ key: String, minimum: Int) -> Int? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.integer(entry.value, name: key, minimum: minimum, context: context)
    }

    func date(_ key: String) -> CalendarDate? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.date(entry.value, name: key, context: context)
    }

    /// Text that may be given per language (`{en: ..., fr: ...}`). `translatable` is false
    /// for names, which read the same in every language when written once.
    func localizedText(_ key: String, translatable: Bool = true) -> LocalizedText? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.localizedText(entry.value, name: key, translatable: translatable, context: context)
    }

    func requiredLocalizedText(_ key: String, translatable: Bool = true) -> LocalizedText? {
        guard entry(key) != nil else { missing(key); return nil }
        return localizedText(key, translatable: translatable)
    }

    /// A list whose items may each be given per language.
    func localizedTextList(_ key: String) -> [LocalizedText]? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.localizedTextList(entry.value, name: key, context: context)
    }

    /// A list of text; an empty list is an error because every list in the schema
    /// carries content the documents need.
    func textList(_ key: String) -> [String]? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.textList(entry.value, name: key, context: context)
    }

    /// The items of a list under `key`, reporting a non-list or an empty list.
    func list(_ key: String, of description: String) -> [Node]? {
        guard let entry = entry(key) else { return nil }
        return ValueReader.list(entry.value, name: key, of: description, context: context)
    }

    /// A nested mapping under `key`, with its own known keys.
    func mapping(_ key: String, knownKeys: [String], otherKeys: String = "") -> MappingReader? {
        guard let entry = rawEntry(key) else { return nil }
        return MappingReader(entry.value, name: "'\(key)'", anchor: entry.key.location, knownKeys: knownKeys, otherKeys: otherKeys, context: context)
    }
}
