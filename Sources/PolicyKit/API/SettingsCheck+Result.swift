extension SettingsCheck {
    /// What `SettingsCheck.run(_:)` found: a verdict for each settings file, with the
    /// messages to show and the file contents they point into.
    ///
    /// ```swift
    /// let result = SettingsCheck().run(["sites"])
    /// print(DiagnosticFormatter(sources: result.sources).format(result.stoppingDiagnostics), terminator: "")
    /// print(result.passed ? "every site is ready to build" : "fix the problems above, then check again")
    /// ```
    public struct Result: Sendable {
        /// What was found in one settings file.
        ///
        /// ```swift
        /// for file in result.files where !file.isValid {
        ///     print("\(file.path): \(file.diagnostics.count) problems")
        /// }
        /// ```
        public struct File: Sendable {
            /// The settings file's path as given, or as found in a folder given (`sites/east.yaml`).
            public internal(set) var path: String
            /// The problems found in this file, or in a base file it extends, that were not
            /// already reported for a file checked before it.
            public internal(set) var diagnostics: [Diagnostic]
            /// How readable its documents are; nil when the file has an error.
            public internal(set) var readability: ReadabilityReport? = nil
            /// Its warnings, counting those of its base files.
            public internal(set) var warningCount = 0
            /// What the user may want to know but need not fix, such as "Punjabi documents:
            /// no handbook or checklist, for lack of a template in Punjabi".
            public internal(set) var notes: [String] = []

            /// Whether the file builds: no error in it, its base files, or its documents.
            public var isValid: Bool { readability != nil }
        }

        /// Problems that stop the check before any settings file is read: in the templates, or
        /// a folder named with no settings file in it.
        public internal(set) var stoppingDiagnostics: [Diagnostic]
        /// One for each file checked, in the order given.
        public internal(set) var files: [File]
        /// The bytes of every file a diagnostic points into, by path, for `DiagnosticFormatter`.
        public internal(set) var sources: [String: [UInt8]]

        /// Whether the templates and every file are valid (warnings allowed).
        public var passed: Bool { stoppingDiagnostics.isEmpty && files.allSatisfy(\.isValid) }
    }
}
