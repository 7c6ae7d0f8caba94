
/// Reads, parses, decodes and validates settings into a `Policy`.
///
/// "Today" is a parameter so the same file gives the same result whenever it is
/// checked in tests; the command line passes `CalendarDate.todayUTC()`.
public enum SettingsLoader {
    /// Decodes an already parsed settings tree (nil for an empty document). Reads no
    /// files, so `extends` is not followed here; `load(_:path:today:bases:)` follows it.
    public static func load(node: Node?, path: String, today: CalendarDate) -> LoadResult {
        let context = DecodingContext(path: path)
        let policy = SettingsDecoder.decode(node, context: context, today: today)
        return LoadResult(policy: policy, diagnostics: context.diagnostics)
    }

    /// Reads the file at `path` and loads it; a missing or unreadable file, or a
    /// folder, is reported as an error diagnostic naming the path.
    public static func loadFile(atPath path: String, today: CalendarDate, bases: SettingsBaseCache = SettingsBaseCache()) -> LoadResult {
        switch readFile(atPath: path) {
        case .success(let bytes):
            return load(bytes, path: path, today: today, bases: bases)
        case .failure(let diagnostic):
            return LoadResult(policy: nil, diagnostics: [diagnostic])
        }
    }

    /// The bytes of a settings file, or a plain-language reason it cannot be used.
    public static func readFile(atPath path: String) -> Result<[UInt8], Diagnostic> {
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

    /// The largest settings file accepted.
    public static let maximumSize = ExtendedSettings.maximumSize

    /// Parses and loads settings text. Parse errors come back as diagnostics, like
    /// every other problem, never as a thrown error.
    ///
    /// A top-level `extends: PATH` is read relative to the folder of `path`, through
    /// `bases`, so loads that share a cache parse each base once.
    public static func load(
        _ bytes: [UInt8], path: String, today: CalendarDate, bases: SettingsBaseCache = SettingsBaseCache()
    ) -> LoadResult {
        let settings = ExtendedSettings(reading: bytes, path: path, bases: bases)
        guard settings.problems.isEmpty else {
            return LoadResult(policy: nil, diagnostics: settings.problems, sources: settings.sources)
        }
        let context = DecodingContext(paths: settings.paths)
        let policy = SettingsDecoder.decode(settings.node, context: context, today: today)
        return LoadResult(policy: policy, diagnostics: context.diagnostics, sources: settings.sources)
    }
}
