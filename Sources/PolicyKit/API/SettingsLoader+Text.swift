extension SettingsLoader {
    /// The largest settings file accepted. A policy's settings run to a few kilobytes;
    /// the parser itself takes up to `SettingsParser.maximumSize`, but parsing that much
    /// takes seconds, and a settings file that large is a mistake or an attack.
    public static let maximumSize = 2 << 20

    /// Parses a settings file (or a base it extends) within `maximumSize`.
    static func parseSettings(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> Node? {
        guard bytes.count <= maximumSize else {
            throw DiagnosticList([.error(
                "the file is larger than \(maximumSize >> 20) MB, the most a settings file may hold",
                path: path, at: SourceLocation(line: 1, column: 1, offset: 0))])
        }
        return try SettingsParser.parse(bytes, path: path)
    }

    /// Parses and loads settings text. Parse errors come back as diagnostics, like
    /// every other problem, never as a thrown error.
    ///
    /// A top-level `extends: PATH` is read relative to the folder of `path`, through
    /// `bases`, so loads that share a cache parse each base once.
    public static func load(
        _ bytes: [UInt8], path: String, today: CalendarDate, bases: SettingsBaseCache = SettingsBaseCache()
    ) -> LoadResult {
        let node: Node?
        do {
            node = try parseSettings(bytes, path: path)
        } catch {
            return LoadResult(policy: nil, diagnostics: error.diagnostics, sources: [path: bytes])
        }
        guard let node else {
            var result = load(node: nil, path: path, today: today)
            result.sources = [path: bytes]
            return result
        }

        let own: Node
        let reference: SettingsExtension.Reference?
        switch SettingsExtension.split(node, path: path) {
        case .failure(let diagnostic):
            return LoadResult(policy: nil, diagnostics: [diagnostic], sources: [path: bytes])
        case .success(let split):
            (own, reference) = split
        }
        guard let reference else {
            var result = load(node: own, path: path, today: today)
            result.sources = [path: bytes]
            return result
        }

        // The file's own real path starts the chain, so a base that extends it is a loop.
        let chain = PathNames.real(path).map { [$0] } ?? []
        let base: SettingsBaseCache.Base
        switch bases.base(reference.path, from: path, at: reference.location, chain: chain) {
        case .failure(let diagnostic):
            return LoadResult(policy: nil, diagnostics: [diagnostic], sources: [path: bytes])
        case .success(let found):
            base = found
        }
        var sources = base.sources
        sources[path] = bytes
        guard let baseNode = base.node else {
            let broken = SettingsExtension.brokenBase(base.path, from: path, at: reference.location)
            return LoadResult(policy: nil, diagnostics: base.diagnostics + [broken], sources: sources)
        }
        var paths = base.paths
        paths[0] = path
        let context = DecodingContext(paths: paths)
        let policy = SettingsDecoder.decode(own.merged(over: baseNode), context: context, today: today)
        return LoadResult(policy: policy, diagnostics: context.diagnostics, sources: sources)
    }
}
