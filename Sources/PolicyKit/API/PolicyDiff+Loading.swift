/// Loading the two versions of a settings file to compare, as `policykit diff` does.
extension PolicyDiff {
    /// Two versions of a settings file, loaded: the diff when both are valid, and every
    /// problem found in either.
    ///
    /// ```swift
    /// let loaded = PolicyDiff.load(path: "settings.yaml", since: "HEAD~1", today: .todayUTC())
    /// print(DiagnosticFormatter(sources: loaded.sources).format(loaded.diagnostics), terminator: "")
    /// if let diff = loaded.diff { print(diff.rendered(as: .text, in: diff.primaryLanguage)) }
    /// ```
    public struct Loaded: Sendable {
        /// nil when either version has errors, or the old one could not be read.
        public var diff: PolicyDiff?
        /// The old version's problems, then the new one's.
        public var diagnostics: [Diagnostic]
        /// The bytes of the files the diagnostics point into (the old version's only
        /// when it was read from a file rather than from git).
        public var sources: [String: [UInt8]]
        /// The new version as loaded, for callers that check more of it.
        public var new: LoadResult

        /// Whether any diagnostic is an error: then there is no diff.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads the settings files at `oldPath` and `newPath`, each with its bases, and
    /// compares them.
    ///
    /// ```swift
    /// let loaded = PolicyDiff.load(old: "2025/settings.yaml", new: "settings.yaml", today: .todayUTC())
    /// ```
    public static func load(old oldPath: String, new newPath: String, today: CalendarDate) -> Loaded {
        let old = SettingsLoader.loadFile(atPath: oldPath, today: today)
        let new = SettingsLoader.loadFile(atPath: newPath, today: today)
        return compare(old, new, oldSources: old.sources)
    }

    /// Loads the settings file at `path` as it is now and as it was at the git revision
    /// `revision` (a commit, branch, tag or `HEAD~1`), each with its bases as they were
    /// then and are now, and compares them. Runs `git show`; an error says so when git
    /// is missing, the revision is unknown or the file did not exist then.
    ///
    /// ```swift
    /// let loaded = PolicyDiff.load(path: "settings.yaml", since: "origin/main", today: .todayUTC())
    /// ```
    public static func load(path: String, since revision: String, today: CalendarDate) -> Loaded {
        let new = SettingsLoader.loadFile(atPath: path, today: today)
        let old = loadOld(path: path, at: revision, today: today)
        return compare(old, new, oldSources: [:])
    }

    /// The file at `path` as it was at `revision`, read with its bases as they were then.
    static func loadOld(path: String, at revision: String, today: CalendarDate) -> LoadResult {
        loadOldIfItExisted(path: path, at: revision, today: today)
            ?? LoadResult(policy: nil, diagnostics: [.error("'\(path)' did not exist at '\(revision)'", path: nil)])
    }

    /// `loadOld`, or nil when the file did not exist at `revision`.
    static func loadOldIfItExisted(path: String, at revision: String, today: CalendarDate) -> LoadResult? {
        let history = GitHistory(revision: revision)
        switch history.existingContents(of: path, limit: ExtendedSettings.maximumSize + 1) {
        case .failure(let error):
            return LoadResult(policy: nil, diagnostics: [.error(error.message, path: nil)])
        case .success(nil):
            return nil
        case .success(let bytes?):
            let result = SettingsLoader.load(bytes, path: path, today: today, bases: SettingsBaseCache(source: .git(history)))
            // The old version's messages point into text that is no longer on disk: name the revision.
            let diagnostics = result.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.message += " (in the version at '\(revision)')"
                return diagnostic
            }
            return LoadResult(policy: result.policy, diagnostics: diagnostics)
        }
    }

    private static func compare(_ old: LoadResult, _ new: LoadResult, oldSources: [String: [UInt8]]) -> Loaded {
        var diff: PolicyDiff?
        if let before = old.policy, let after = new.policy, !old.hasErrors, !new.hasErrors {
            diff = PolicyDiff(from: before, to: after)
        }
        return Loaded(
            diff: diff,
            diagnostics: old.diagnostics + new.diagnostics,
            sources: oldSources.merging(new.sources) { _, now in now },
            new: new
        )
    }
}
