/// Checks settings files without writing anything, and finds every problem a build of
/// them would: each file is loaded and validated, and every document is filled in every
/// language of its policy, from the same templates a build would use. It also measures
/// how readable the documents are (`ReadabilityReport`).
///
/// ```swift
/// let result = SettingsCheck(templatesFolder: "my-templates").run(["settings.yaml"])
/// let formatter = DiagnosticFormatter(sources: result.sources)
/// for file in result.files {
///     print(formatter.format(file.diagnostics), terminator: "")
///     if let readability = file.readability { print("\(file.path): ok, \(readability.grades.count) grades") }
/// }
/// ```
public struct SettingsCheck: Sendable {
    /// A folder of templates that replace the built-in ones of the same name; nil for the
    /// built-in templates alone.
    public var templatesFolder: String?
    /// nil: the settings' `documents.paper`, else the paper usual in the jurisdiction.
    public var paper: PaperSize?
    /// The date the settings are checked against (a review date in the past is a warning).
    public var today: CalendarDate
    /// A git revision to compare each file with: content changed under the same
    /// `policy.version` is then an error, and an effective date not moved or a change
    /// log with no entry for the new version are warnings. A file that did not exist
    /// then is not compared.
    public var since: String?

    /// A check with the same templates and paper a build would use, so that it finds the
    /// problems that build would meet.
    ///
    /// ```swift
    /// let check = SettingsCheck(templatesFolder: "my-templates", paper: .a4)
    /// let result = check.run(["hr/settings.yaml"])
    /// ```
    public init(templatesFolder: String? = nil, paper: PaperSize? = nil, today: CalendarDate = .todayUTC(), since: String? = nil) {
        self.templatesFolder = templatesFolder
        self.paper = paper
        self.today = today
        self.since = since
    }

    /// Checks each file in turn; a folder stands for the settings files directly inside it,
    /// as for `SiteBuild`. A problem with the templates themselves stops the check before
    /// any file is read, as it stops a build.
    ///
    /// ```swift
    /// let result = SettingsCheck().run(["sites/east.yaml", "sites/west.yaml"])
    /// for file in result.files where file.isValid { print("\(file.path): ok, \(file.warningCount) warnings") }
    /// ```
    public func run(_ paths: [String]) -> SettingsCheck.Result {
        var log = DiagnosticLog()
        let files: [String]
        do {
            files = try SettingsFiles.expanding(paths).files
        } catch {
            return SettingsCheck.Result(stoppingDiagnostics: error.diagnostics, files: [], sources: [:])
        }
        guard let (builder, templates) = DocumentBuilder.reading(templatesFolder: templatesFolder, log: &log) else {
            return SettingsCheck.Result(stoppingDiagnostics: log.diagnostics, files: [], sources: log.sources)
        }
        // Markdown is what filling gives; rendering it to HTML or text cannot fail.
        let options = BuildOptions(formats: [.markdown], paper: paper)
        let bases = SettingsBaseCache()
        var checked: [SettingsCheck.Result.File] = []
        for path in files {
            let loaded = SettingsLoader.loadFile(atPath: path, today: today, bases: bases)
            var file = SettingsCheck.Result.File(path: path, diagnostics: log.add(loaded.diagnostics, sources: loaded.sources))
            defer { checked.append(file) }
            guard let policy = loaded.policy, !loaded.hasErrors else { continue }
            var versionWarnings = 0
            if let since {
                let found = VersionGuard(revision: since, today: today).diagnostics(path: path, policy: policy, sources: loaded.sources)
                file.diagnostics += log.add(found, sources: loaded.sources)
                if found.contains(where: { $0.severity == .error }) { continue }
                versionWarnings = found.count
            }
            let report: ReadabilityReport
            var fitWarnings: [Diagnostic] = []
            do throws(DiagnosticList) {
                // The warnings are the fixed-size documents that would not fit their sheet.
                fitWarnings = try builder.build(for: policy, options: options).warnings.map { warning in
                    var located = warning
                    located.path = located.path ?? path
                    return located
                }
                report = try ReadabilityCheck.report(for: policy, filler: builder.filler)
            } catch {
                // Problems of a filled document concern this settings file, even unlocated.
                let located = error.diagnostics.map { diagnostic in
                    var located = diagnostic
                    located.path = located.path ?? path
                    return located
                }
                file.diagnostics += log.add(located, sources: templates.diagnosticSources)
                continue
            }
            file.diagnostics += log.add(fitWarnings)
            let readability = report.diagnostics(path: path)
            file.diagnostics += log.add(readability)
            guard !readability.contains(where: { $0.severity == .error }) else { continue }
            file.readability = report
            file.notes = Self.missingDocuments(policy, filler: builder.filler)
            file.warningCount = loaded.warnings.count + readability.count + versionWarnings + fitWarnings.count
        }
        return SettingsCheck.Result(stoppingDiagnostics: [], files: checked, sources: log.sources)
    }

    /// One note naming, for each listed language, the standard documents it will not get
    /// because there is no template for them in it; nil when every language gets them all.
    static func missingDocuments(_ policy: Policy, filler: DocumentFiller) -> [String] {
        let gaps = policy.languages.compactMap { language -> String? in
            let missing = DocumentKind.standard.filter { !filler.hasTemplate(for: $0, in: language) }
            guard !missing.isEmpty else { return nil }
            let names = missing.map(\.rawValue)
            let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            return "\(language.englishName) (\(language.code)): no \(listed)"
        }
        guard !gaps.isEmpty else { return [] }
        return ["documents not made, for lack of a template in the language: " + gaps.joined(separator: "; ")]
    }
}
