extension SettingsLoader {
    /// Parses and loads settings text. Parse errors come back as diagnostics, like
    /// every other problem, never as a thrown error.
    public static func load(_ bytes: [UInt8], path: String, today: CalendarDate) -> LoadResult {
        let node: Node?
        do {
            node = try SettingsParser.parse(bytes, path: path)
        } catch {
            return LoadResult(policy: nil, diagnostics: error.diagnostics, source: bytes)
        }
        var result = load(node: node, path: path, today: today)
        result.source = bytes
        return result
    }
}
