extension Node {
    /// These settings laid over `base`, as `extends` means it: mappings merge key by key,
    /// any other value (text, a list, a value of another kind) replaces the base's whole.
    ///
    /// An empty value (`key:`, `~`, `null`) replaces the inherited value too, and an empty
    /// value reads as "not given", so the key's default applies again. It is kept rather
    /// than dropped so that a required key emptied this way is reported where it was
    /// emptied, not somewhere in the base.
    ///
    /// Keys keep the base's order, with keys new in these settings after them; every
    /// node keeps the location (and file) it was written in.
    func merged(over base: Node) -> Node {
        guard case .mapping(let ownEntries) = kind, case .mapping(let baseEntries) = base.kind else { return self }
        var entries = baseEntries
        var position: [String: Int] = [:]
        for (index, entry) in baseEntries.enumerated() {
            if case .scalar(let key) = entry.key.kind, position[key.text] == nil { position[key.text] = index }
        }
        for entry in ownEntries {
            guard case .scalar(let key) = entry.key.kind, let index = position[key.text] else {
                // A new key, or one the decoder will refuse: either way it stays as written.
                entries.append(entry)
                continue
            }
            entries[index] = MappingEntry(key: entry.key, value: entry.value.merged(over: entries[index].value))
        }
        return Node(.mapping(entries), range: range)
    }

    /// The same tree with every location marked as being in `file`.
    func stamped(file: Int) -> Node {
        if let stamped = withFile(file) { return stamped }
        var range = range
        range.start.file = file
        range.end.file = file
        switch kind {
        case .scalar:
            return Node(kind, range: range)
        case .sequence(let items):
            return Node(.sequence(items.map { $0.stamped(file: file) }), range: range)
        case .mapping(let entries):
            return Node(.mapping(entries.map {
                MappingEntry(key: $0.key.stamped(file: file), value: $0.value.stamped(file: file))
            }), range: range)
        }
    }
}
