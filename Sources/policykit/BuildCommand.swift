import ArgumentParser
import PolicyKit

/// `policykit build`: settings in, documents out, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the poster, handbook, card and checklist from settings files.",
        discussion: """
            Writes DIR/poster.html, poster.txt, poster.md and the same for handbook, card and \
            checklist. Given several settings files, builds each into DIR/NAME, NAME being the \
            file's name without its extension. Nothing is written unless every settings file \
            and template is valid; each file is replaced atomically, and files the build does \
            not produce are left alone.

            --format pdf prints DIR/<document>.pdf through an installed HTML-to-PDF engine \
            (headless Chromium, Debian package 'chromium', or WeasyPrint) and warns when the \
            poster or the card prints on more than one page.
            """
    )

    @Argument(help: "The settings files, one for each site.")
    var settings: [String]

    @Option(help: "The folder to write the documents into (created if missing).")
    var out: String

    @Option(help: "Formats to write, comma-separated: html, text, md, pdf (default: html,text,md).", transform: BuildCommand.formats)
    var format: [OutputFormat] = OutputFormat.standard

    @Option(help: "The HTML-to-PDF engine for --format pdf: chromium or weasyprint (default: the first installed).")
    var pdfEngine: PDFEngineKind?

    @Option(help: "Documents to build, comma-separated: poster, handbook, card, checklist.", transform: BuildCommand.documents)
    var document: [DocumentKind] = DocumentKind.allCases

    @Option(help: "Paper size: a4 or letter (default: the jurisdiction's usual paper).")
    var paper: PaperSize?

    @Option(help: "Columns per line of the plain-text documents.")
    var width: Int = 72

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    @Flag(help: "Write nothing; exit 1 and list the files that would change if any is out of date.")
    var check = false

    @Flag(help: "Wait until the new documents are on disk before putting them in place, so that even a power cut leaves each one whole.")
    var sync = false

    func validate() throws {
        guard !settings.isEmpty else { throw ValidationError("Give at least one settings file.") }
        guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000 columns.") }
    }

    func run() throws {
        var reporter = DiagnosticReporter()
        // Several sites must not share a folder; settle that before reading anything.
        let targets: [(settings: String, folder: String)]
        if settings.count == 1 {
            targets = [(settings[0], out)]
        } else {
            var firstWithName: [String: String] = [:]
            var clashes: [Diagnostic] = []
            for file in settings {
                let name = Self.siteName(of: file)
                if let first = firstWithName[name] {
                    clashes.append(.error("'\(first)' and '\(file)' would both be built into '\(out)/\(name)'; rename one of them"))
                } else {
                    firstWithName[name] = file
                }
            }
            guard clashes.isEmpty else {
                reporter.report(clashes, sources: [:])
                throw ExitCode(1)
            }
            targets = settings.map { ($0, out + "/" + Self.siteName(of: $0)) }
        }

        let builder: DocumentBuilder
        let templateSet: TemplateSet
        do {
            templateSet = try templates.map(TemplateSet.builtIn(overriddenBy:)) ?? .builtIn
        } catch {
            reporter.report(error.diagnostics, sources: [:])
            throw ExitCode(1)
        }
        do {
            builder = try DocumentBuilder(templates: templateSet)
        } catch {
            reporter.report(error.diagnostics, sources: templateSet.diagnosticSources)
            throw ExitCode(1)
        }

        var engine: (any PDFEngine)?
        if format.contains(.pdf) {
            do {
                engine = try PDFEngineKind.engine(pdfEngine)
            } catch {
                StandardStream.error.send("error: \(error.message)\n")
                throw ExitCode(1)
            }
        }

        // Sites are made a few at a time on every core, then staged on disk (or compared,
        // with --check) one by one in the order given, so memory stays flat however many
        // there are and the files and messages are those of a build made site by site.
        // The next few sites are made while one group is staged.
        // After the first failure the remaining sites are still checked, to report all
        // problems at once, but nothing more is staged.
        let today = CalendarDate.todayUTC()
        let bases = SettingsBaseCache()
        let options = BuildOptions(documents: document, formats: format, paper: paper, width: width, pdfEngine: engine)
        // PDF engines are whole browsers; one at a time is all a machine should run.
        let concurrency = format.contains(.pdf) ? 1 : ParallelMap.cores
        var batch = OutputBatch(durable: sync)
        var failed = false
        var total = 0
        var changed = 0
        // Only --check lists files, and only those out of date.
        var stale: [String] = []
        OverlappedGroups.run(targets, groupSize: concurrency * 8, concurrency: concurrency) { target in
            let loaded = SettingsLoader.loadFile(atPath: target.settings, today: today, bases: bases)
            guard let policy = loaded.policy, !loaded.hasErrors else { return (loaded, nil as Result<BuildOutput, DiagnosticList>?) }
            return (loaded, Result { () throws(DiagnosticList) in try builder.build(for: policy, options: options) })
        } use: { group, made in
            for (target, (loaded, built)) in zip(group, made) {
                reporter.report(loaded.diagnostics, sources: loaded.sources)
                guard let built else { failed = true; continue }
                do throws(DiagnosticList) {
                    let output = try built.get()
                    let files = output.files
                    reporter.report(output.warnings.map { warning in
                        var located = warning
                        located.path = located.path ?? target.settings
                        return located
                    }, sources: [:])
                    guard !failed else { continue }
                    let folder = OutputFolder(path: target.folder)
                    if check {
                        stale += try folder.staleFiles(comparedWith: files).map { "\(target.folder)/\($0)" }
                    } else {
                        changed += try batch.stage(files, in: folder).count
                    }
                    total += files.count
                } catch {
                    reporter.report(error.diagnostics, sources: templateSet.diagnosticSources)
                    failed = true
                }
            }
        }
        if failed {
            batch.discard()
            throw ExitCode(1)
        }

        let place = targets.count == 1 ? out : "\(out): \(targets.count) sites"
        if check {
            guard stale.isEmpty else {
                let list = stale.map { "  \($0)\n" }.joined()
                StandardStream.error.send("\(place): \(stale.count) document(s) out of date; run policykit build:\n\(list)")
                throw ExitCode(1)
            }
            print("\(place): all \(total) documents are current")
        } else {
            do {
                try batch.commit()
            } catch {
                reporter.report(error.diagnostics, sources: [:])
                throw ExitCode(1)
            }
            print("\(place): wrote \(changed) of \(total) files (\(total - changed) unchanged)")
        }
    }

    /// The folder a site builds into among several: its settings file's name without
    /// the extension (`sites/harbourview.yaml` builds into `DIR/harbourview`).
    static func siteName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    private static func formats(_ text: String) throws -> [OutputFormat] {
        try list(text, of: OutputFormat.self, what: "format")
    }

    private static func documents(_ text: String) throws -> [DocumentKind] {
        try list(text, of: DocumentKind.self, what: "document")
    }

    /// A comma-separated list of names, in the order given, each once.
    private static func list<Item: RawRepresentable & CaseIterable & Equatable>(
        _ text: String, of _: Item.Type, what: String
    ) throws -> [Item] where Item.RawValue == String {
        var items: [Item] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
            guard let item = Item(rawValue: name) else {
                let known = Item.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown \(what) '\(name)'; choose from: \(known)")
            }
            if !items.contains(item) { items.append(item) }
        }
        return items
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension PDFEngineKind: ExpressibleByArgument {}
