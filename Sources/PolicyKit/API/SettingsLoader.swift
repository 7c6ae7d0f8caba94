/// Reads, parses, decodes and validates settings into a `Policy`.
///
/// ```swift
/// let result = SettingsLoader.loadFile(atPath: "settings.yaml", today: .todayUTC())
/// print(DiagnosticFormatter(sources: result.sources).format(result.diagnostics), terminator: "")
/// if let policy = result.policy, !result.hasErrors {
///     print(policy.organisation.name, policy.metadata.version)
/// }
/// ```
///
/// "Today" is a parameter so the same file gives the same result whenever it is
/// checked in tests; the command line passes `CalendarDate.todayUTC()`.
public enum SettingsLoader {
    /// The largest settings file accepted, base files included each on its own.
    public static let maximumSize = ExtendedSettings.maximumSize

    /// Reads the file at `path` and loads it, following `extends:`. A missing or
    /// unreadable file, or a folder, is reported as an error diagnostic naming the path.
    ///
    /// ```swift
    /// let result = SettingsLoader.loadFile(atPath: "hr/settings.yaml", today: .todayUTC())
    /// if let policy = result.policy { print(policy.metadata.effectiveDate.longText) }
    /// ```
    public static func loadFile(atPath path: String, today: CalendarDate) -> LoadResult {
        loadFile(atPath: path, today: today, bases: SettingsBaseCache())
    }

    /// Parses and loads settings text. Parse errors come back as diagnostics, like
    /// every other problem, never as a thrown error. A top-level `extends: PATH` is read
    /// relative to the folder of `path`.
    ///
    /// ```swift
    /// let text = "organisation: {name: Harbourview, jurisdiction: CA}\npolicy: {version: '1', effective_date: 2026-01-15}\n"
    /// let result = SettingsLoader.load(Array(text.utf8), path: "settings.yaml", today: .todayUTC())
    /// ```
    public static func load(_ bytes: [UInt8], path: String, today: CalendarDate) -> LoadResult {
        load(bytes, path: path, today: today, bases: SettingsBaseCache())
    }

    /// A document of the settings language as JSON, plain scalars resolved by the YAML 1.2
    /// core schema: one value and a newline, or nil for an empty document. It shows how
    /// PolicyKit reads a file, and lets other YAML tools be checked against it.
    ///
    /// ```swift
    /// let json = try SettingsLoader.json(from: Array("a: [1, yes]\n".utf8), path: "a.yaml")
    /// // {"a":[1,"yes"]}
    /// ```
    public static func json(from bytes: [UInt8], path: String) throws(DiagnosticList) -> [UInt8]? {
        guard let node = try SettingsParser.parse(bytes, path: path) else { return nil }
        var output = try JSONOutput.encodeUTF8(node, path: path)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// The largest document `json(from:path:)` reads: more than a settings file may
    /// hold, so that other documents of the language can be compared too.
    public static let maximumJSONInputSize = SettingsParser.maximumSize

    /// `loadFile(atPath:today:)` through a cache of base files shared by many loads, so
    /// that sites extending one base parse it once.
    static func loadFile(atPath path: String, today: CalendarDate, bases: SettingsBaseCache) -> LoadResult {
        switch readFile(atPath: path) {
        case .success(let bytes):
            return load(bytes, path: path, today: today, bases: bases)
        case .failure(let diagnostic):
            return LoadResult(policy: nil, diagnostics: [diagnostic])
        }
    }

    static func load(_ bytes: [UInt8], path: String, today: CalendarDate, bases: SettingsBaseCache) -> LoadResult {
        let settings = ExtendedSettings(reading: bytes, path: path, bases: bases)
        guard settings.problems.isEmpty else {
            return LoadResult(policy: nil, diagnostics: settings.problems, sources: settings.sources)
        }
        let context = DecodingContext(paths: settings.paths)
        let policy = SettingsDecoder.decode(settings.node, context: context, today: today)
        return LoadResult(policy: policy, diagnostics: context.diagnostics, sources: settings.sources)
    }

    /// Decodes an already parsed settings tree (nil for an empty document). Reads no
    /// files, so `extends` is not followed here.
    static func load(node: Node?, path: String, today: CalendarDate) -> LoadResult {
        let context = DecodingContext(path: path)
        let policy = SettingsDecoder.decode(node, context: context, today: today)
        return LoadResult(policy: policy, diagnostics: context.diagnostics)
    }

    /// The bytes of a settings file, or a plain-language reason it cannot be used.
    static func readFile(atPath path: String) -> Result<[UInt8], Diagnostic> {
        switch FileSystem.kind(of: path) {
        case .missing: return .failure(.error("no such file: '\(path)'", path: nil))
        case .folder: return .failure(.error("'\(path)' is a folder, not a settings file", path: nil))
        case .file: break
        }
        // FileBytes stops at its size limit, so a device that never ends (/dev/zero) or a
        // huge file is refused instead of filling memory; /dev/null reads as empty.
        // Encoding problems are left to the parser, which points at the first bad byte.
        do {
            return .success(try FileBytes.contents(of: path))
        } catch {
            return .failure(.error("cannot read '\(path)': \(error.message)", path: nil))
        }
    }
}
