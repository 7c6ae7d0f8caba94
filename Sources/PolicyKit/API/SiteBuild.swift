/// Builds the documents of one site or many from their settings files, all or nothing:
/// nothing is written unless every settings file and template is valid, and each file
/// is replaced whole.
///
/// One settings file builds straight into `out`; several build each into a folder of
/// `out` named for the file (`sites/east.yaml` into `out/east`), and two files of the
/// same name are refused before anything is read. A folder among the settings stands for
/// the `.yaml` and `.yml` files directly inside it, each a site of its own. Files whose content is already
/// current are left alone, and so are files the build does not produce.
///
/// ```swift
/// let result = SiteBuild(settings: ["sites/east.yaml", "sites/west.yaml"], out: "documents").run()
/// print(DiagnosticFormatter(sources: result.sources).format(result.diagnostics), terminator: "")
/// if result.succeeded {
///     print("wrote \(result.written) of \(result.total) files (\(result.unchanged) unchanged)")
/// }
/// ```
///
/// With `check` set it writes nothing and lists, in `SiteBuild.Result.staleFiles`, the
/// files a build would change.
public struct SiteBuild: Sendable {
    /// The settings files, one for each site, or folders of them.
    public var settings: [String]
    /// The folder the documents go into; created if missing.
    public var out: String
    /// The documents, formats and paper every site is built with.
    public var options: BuildOptions
    /// A folder of templates that replace the built-in ones of the same name; nil for the
    /// built-in templates alone.
    public var templatesFolder: String?
    /// Write nothing; compare what a build would write with what `out` holds.
    public var check: Bool
    /// Wait until the new files are on disk before putting them in place, so that even a
    /// power cut leaves each one whole.
    public var sync: Bool
    /// The date the settings are checked against (a review date in the past is a warning).
    public var today: CalendarDate
    /// Where the earlier version of each site's policy is, to build the `changes`
    /// document as well; nil for no `changes` document.
    ///
    /// ```swift
    /// var build = SiteBuild(settings: ["settings.yaml"], out: "documents")
    /// build.changesFrom = .revision("HEAD~1")
    /// ```
    public var changesFrom: PreviousVersion?
    /// Told after each site is built, from the thread that built it: how far the build
    /// has come, for a progress display. nil: nothing is told.
    ///
    /// ```swift
    /// var build = SiteBuild(settings: ["sites"], out: "documents", options: BuildOptions(formats: [.pdf]))
    /// build.progress = { step in print("\(step.documentsDone) of \(step.documentsTotal)") }
    /// ```
    public var progress: (@Sendable (Progress) -> Void)?

    /// Where the earlier version of a policy is read from.
    public enum PreviousVersion: Sendable {
        /// A settings file, the same for every site.
        case file(String)
        /// Each site's settings file as it was at this git revision, read with `git show`.
        case revision(String)
    }

    /// A build of `settings` into `out`; nothing happens until `run()`.
    ///
    /// ```swift
    /// let build = SiteBuild(
    ///     settings: ["sites/east.yaml", "sites/west.yaml"], out: "documents",
    ///     options: BuildOptions(formats: [.html, .pdf]), templatesFolder: "my-templates", sync: true)
    /// ```
    public init(
        settings: [String],
        out: String,
        options: BuildOptions = BuildOptions(),
        templatesFolder: String? = nil,
        check: Bool = false,
        sync: Bool = false,
        today: CalendarDate = .todayUTC()
    ) {
        self.settings = settings
        self.out = out
        self.options = options
        self.templatesFolder = templatesFolder
        self.check = check
        self.sync = sync
        self.today = today
    }

    /// Builds (or checks) every site and reports on them all: after the first site with an
    /// error the others are still read and built, so that every problem is reported at once,
    /// but none is written.
    ///
    /// ```swift
    /// let result = SiteBuild(settings: ["hr/settings.yaml"], out: "documents").run()
    /// print(DiagnosticFormatter(sources: result.sources).format(result.diagnostics), terminator: "")
    /// ```
    public func run() -> SiteBuild.Result {
        var log = DiagnosticLog()
        var result = SiteBuild.Result(sites: settings.count, diagnostics: [], sources: [:], succeeded: false, total: 0, written: 0, staleFiles: [])
        func finished() -> SiteBuild.Result {
            if !result.succeeded { (result.total, result.written, result.staleFiles) = (0, 0, []) }
            result.diagnostics = log.diagnostics
            result.sources = log.sources
            return result
        }

        // Sites must not share a folder; that is settled before anything is read.
        let sites: [SiteFolder]
        do {
            let named = try SettingsFiles.expanding(settings)
            sites = try SiteFolder.assign(named.files, under: out, eachInItsOwn: named.namedFolder)
            result.sites = sites.count
        } catch {
            log.add(error.diagnostics)
            return finished()
        }
        guard let (builder, templates) = DocumentBuilder.reading(templatesFolder: templatesFolder, log: &log) else {
            return finished()
        }
        let options: BuildOptions
        do {
            options = try self.options.findingPrinter()
        } catch {
            log.add(error.diagnostics)
            return finished()
        }
        // One browser prints every document of every site; it ends with the build unless
        // the caller brought it.
        defer { if self.options.printer == nil { options.printer?.finish() } }
        options.printer?.prepare()
        let tracker = ProgressTracker(sites: sites.count, report: progress)

        // Sites are made a group at a time on every core, then staged on disk (or compared)
        // one by one in the order given: memory stays flat however many sites there are,
        // and the files and messages are those of a build made site by site.
        let bases = SettingsBaseCache()
        // The browser prints a few pages at once whatever the number of sites; two sites at
        // a time keep it busy while one site's last page prints.
        let concurrency = options.formats.contains(.pdf) ? 2 : ParallelMap.cores
        let groupSize = concurrency * 8
        var batch = OutputBatch(durable: sync)
        var failed = false
        for start in stride(from: 0, to: sites.count, by: groupSize) {
            let group = Array(sites[start..<min(sites.count, start + groupSize)])
            let made = ParallelMap.map(group, concurrency: concurrency) { site in
                var loaded = SettingsLoader.loadFile(atPath: site.settings, today: today, bases: bases)
                var options = options
                if let changesFrom, let policy = loaded.policy, !loaded.hasErrors {
                    let previous = previousVersion(of: site.settings, from: changesFrom)
                    loaded.diagnostics += previous.errors
                    options.changesFrom = previous.policy
                    if !options.documents.contains(.changes) { options.documents.append(.changes) }
                    if previous.hasErrors { loaded.policy = nil } else { loaded.policy = policy }
                }
                guard let policy = loaded.policy, !loaded.hasErrors else {
                    tracker.siteDone(documents: 0)
                    return (loaded, nil as Swift.Result<BuildOutput, DiagnosticList>?)
                }
                let built = Swift.Result { () throws(DiagnosticList) in try builder.build(for: policy, options: options) }
                tracker.siteDone(documents: (try? built.get())?.files.count ?? 0)
                return (loaded, built)
            }
            for (site, (loaded, built)) in zip(group, made) {
                log.add(loaded.diagnostics, sources: loaded.sources)
                guard let built else {
                    failed = true
                    continue
                }
                let output: BuildOutput
                do throws(DiagnosticList) {
                    output = try built.get()
                } catch {
                    // A failure that is no template's, such as the browser's, names the site.
                    log.add(error.diagnostics.map { diagnostic in
                        var located = diagnostic
                        if located.path == nil, located.location == nil { located.path = site.settings }
                        return located
                    }, sources: templates.diagnosticSources)
                    failed = true
                    continue
                }
                do throws(DiagnosticList) {
                    log.add(output.warnings.map { warning in
                        var located = warning
                        located.path = located.path ?? site.settings
                        return located
                    })
                    guard !failed else { continue }
                    let folder = OutputFolder(path: site.folder)
                    if check {
                        result.staleFiles += try folder.staleFiles(comparedWith: output.files).map { "\(site.folder)/\($0)" }
                    } else {
                        result.written += try batch.stage(output.files, in: folder).count
                    }
                    result.total += output.files.count
                } catch {
                    log.add(error.diagnostics, sources: templates.diagnosticSources)
                    failed = true
                }
            }
        }
        if failed {
            batch.discard()
            return finished()
        }
        if !check {
            do {
                try batch.commit()
            } catch {
                log.add(error.diagnostics)
                return finished()
            }
        }
        result.succeeded = true
        return finished()
    }

    /// The earlier version of the site whose settings are at `path`. Only its errors
    /// are reported: its warnings were for the version that is no longer current.
    private func previousVersion(of path: String, from source: PreviousVersion) -> LoadResult {
        switch source {
        case .file(let oldPath):
            let loaded = SettingsLoader.loadFile(atPath: oldPath, today: today)
            return LoadResult(policy: loaded.policy, diagnostics: loaded.errors, sources: loaded.sources)
        case .revision(let revision):
            let loaded = PolicyDiff.loadOld(path: path, at: revision, today: today)
            return LoadResult(policy: loaded.policy, diagnostics: loaded.errors)
        }
    }
}
