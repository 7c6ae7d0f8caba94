extension SiteBuild {
    /// What `SiteBuild.run()` did, or found, and everything the user should read about it.
    ///
    /// ```swift
    /// let result = SiteBuild(settings: ["sites"], out: "documents", check: true).run()
    /// for path in result.staleFiles { print("out of date: \(path)") }
    /// ```
    public struct Result: Sendable {
        /// How many sites were asked for (a folder counts for the settings files in it).
        public internal(set) var sites: Int
        /// Every error and warning, each once, in the order of the settings files; print them
        /// with `DiagnosticFormatter(sources: sources)`.
        public internal(set) var diagnostics: [Diagnostic]
        /// The bytes of every file a diagnostic points into, by path.
        public internal(set) var sources: [String: [UInt8]]
        /// False when any site or template had an error, or the files could not be written:
        /// then nothing was written.
        public internal(set) var succeeded: Bool
        /// The files of every site that a build writes (0, like the counts below, when it failed).
        public internal(set) var total: Int
        /// Those that differed from what was on disk, and were replaced; always 0 for a check.
        public internal(set) var written: Int
        /// For a check: the paths of the files out of date or missing, which a build would
        /// write (`OUT/west/card.md`). Empty for a build.
        public internal(set) var staleFiles: [String]

        /// Files already as a build would make them, left untouched.
        public var unchanged: Int { total - written }
    }
}
