/// A settings file read with the bases it extends (`extends: PATH`) merged under it,
/// ready to decode.
struct ExtendedSettings {
    /// The largest settings file accepted. A policy's settings run to a few kilobytes;
    /// the parser itself takes up to `SettingsParser.maximumSize`, but a settings file
    /// that large is a mistake or an attack.
    static let maximumSize = 2 << 20

    /// Parses a settings file (or a base it extends) within `maximumSize`.
    static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> Node? {
        guard bytes.count <= maximumSize else {
            throw DiagnosticList([.error(
                "the file is larger than \(maximumSize >> 20) MB, the most a settings file may hold",
                path: path, at: SourceLocation(line: 1, column: 1, offset: 0))])
        }
        return try SettingsParser.parse(bytes, path: path)
    }

    /// The settings over their bases, without `extends`; nil for a file that holds no
    /// document, or when `problems` says why the settings cannot be used.
    var node: Node?
    /// Why the settings cannot be used: errors in the file or in one of its bases.
    var problems: [Diagnostic] = []
    /// The path of every file read, by file number (`SourceLocation.file`); 0 is the file itself.
    var paths: [Int: String]
    /// The bytes of every readable file, by path, to show source lines.
    var sources: [String: [UInt8]]

    /// Parses `bytes`, the file at `path`, and follows a top-level `extends` through
    /// `bases`, relative to the folder of `path`.
    init(reading bytes: [UInt8], path: String, bases: SettingsBaseCache) {
        paths = [0: path]
        sources = [path: bytes]
        let parsed: Node?
        do {
            parsed = try Self.parse(bytes, path: path)
        } catch {
            problems = error.diagnostics
            return
        }
        guard let parsed else { return }

        let own: Node
        let reference: SettingsExtension.Reference?
        switch SettingsExtension.split(parsed, path: path) {
        case .failure(let diagnostic):
            problems = [diagnostic]
            return
        case .success(let split):
            (own, reference) = split
        }
        guard let reference else {
            node = own
            return
        }

        // The file's own real path starts the chain, so a base that extends it is a loop.
        let chain = bases.source.identity(path).map { [$0] } ?? []
        let base: SettingsBaseCache.Base
        switch bases.base(reference.path, from: path, at: reference.location, chain: chain) {
        case .failure(let diagnostic):
            problems = [diagnostic]
            return
        case .success(let found):
            base = found
        }
        sources = base.sources
        sources[path] = bytes
        guard let baseNode = base.node else {
            problems = base.diagnostics + [SettingsExtension.brokenBase(base.path, from: path, at: reference.location)]
            return
        }
        paths = base.paths
        paths[0] = path
        node = own.merged(over: baseNode)
    }
}
