
/// The base settings files (`extends: PATH`) read so far, each parsed and resolved once
/// however many settings files extend it. Share one cache across the loads of a run;
/// a file changed on disk after it was read is not read again.
///
/// Bases are told apart by their real path (symbolic links and `..` resolved), so two
/// sites that reach one base by different paths share it.
///
/// Sites may be loaded on several threads at once: one lock covers finding and reading a
/// base, so a base wanted by many sites at the same moment is still read once. It is
/// recursive because reading a base reads the base it extends.
final class SettingsBaseCache: @unchecked Sendable {
    /// One base file, resolved through its own chain of bases.
    struct Base {
        /// The path as first reached, for messages.
        var path: String
        /// The merged settings of the base and everything it extends, without `extends`;
        /// nil when any file of the chain has errors.
        var node: Node?
        /// Problems in this base or further down its chain, each located in its own file.
        var diagnostics: [Diagnostic]
        /// The path of every file of the chain, by file number (`SourceLocation.file`).
        var paths: [Int: String]
        /// The bytes of every readable file of the chain, by path, to show source lines.
        var sources: [String: [UInt8]]
    }

    private var bases: [String: Base] = [:]
    /// File numbers start at 1: 0 is always the settings file being loaded.
    private var nextFile = 1
    private let lock = RecursiveLock()
    /// Where the bases are read from.
    let source: SettingsFileSource

    init(source: SettingsFileSource = .disk) {
        self.source = source
    }

    /// The base `reference` names from the file at `path`, where the reference is written
    /// at `location`; `chain` holds the real paths of the files extending it, to find cycles.
    /// The error, if the base cannot be used, is located at the reference.
    func base(_ reference: String, from path: String, at location: SourceLocation, chain: [String]) -> Result<Base, Diagnostic> {
        let basePath = PathNames.joined(PathNames.folder(of: path), reference)
        guard let real = source.identity(basePath) else {
            let looked = basePath == reference ? "" : " (looked for '\(basePath)')"
            return .failure(.error("cannot find the base settings file '\(reference)'\(looked)", path: path, at: location))
        }
        if let start = chain.firstIndex(of: real) {
            if start == chain.count - 1 {
                return .failure(.error("a settings file cannot extend itself", path: path, at: location))
            }
            let loop = (chain[start...] + [real]).map(PathNames.shortName).joined(separator: " -> ")
            return .failure(.error("settings files extend each other in a loop (\(loop)); one of them must stop extending the other", path: path, at: location))
        }
        return lock.withLock {
            if let cached = bases[real] { return .success(cached) }
            let base = resolve(path: basePath, real: real, chain: chain + [real])
            bases[real] = base
            return .success(base)
        }
    }

    private func resolve(path: String, real: String, chain: [String]) -> Base {
        let file = nextFile
        nextFile += 1
        var base = Base(path: path, node: nil, diagnostics: [], paths: [file: path], sources: [:])
        let bytes: [UInt8]
        switch source.contents(path) {
        case .success(let read): bytes = read
        case .failure(let error):
            base.diagnostics = [.error("cannot read the base settings file: \(error.message)", path: path)]
            return base
        }
        base.sources[path] = bytes
        let parsed: Node?
        do {
            parsed = try ExtendedSettings.parse(bytes, path: path)?.stamped(file: file)
        } catch {
            base.diagnostics = error.diagnostics
            return base
        }
        guard let parsed else {
            // An empty base gives nothing, which is no error.
            base.node = Node(.mapping([]), range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0, file: file)))
            return base
        }
        guard case .mapping = parsed.kind else {
            base.diagnostics = [.error("a base settings file must hold settings (key: value lines), found \(parsed.foundDescription)", path: path, at: parsed.location)]
            return base
        }
        switch SettingsExtension.split(parsed, path: path) {
        case .failure(let diagnostic):
            base.diagnostics = [diagnostic]
        case .success((let own, nil)):
            base.node = own
        case .success((let own, let reference?)):
            switch self.base(reference.path, from: path, at: reference.location, chain: chain) {
            case .failure(let diagnostic):
                base.diagnostics = [diagnostic]
            case .success(let inner):
                base.paths.merge(inner.paths) { own, _ in own }
                base.sources.merge(inner.sources) { own, _ in own }
                if let innerNode = inner.node {
                    base.node = own.merged(over: innerNode)
                } else {
                    base.diagnostics = inner.diagnostics + [SettingsExtension.brokenBase(inner.path, from: path, at: reference.location)]
                }
            }
        }
        return base
    }
}
