import ArgumentParser
import PolicyKit

/// `policykit build`: settings in, documents out, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the poster, code of conduct, handbook, card, checklist and forms from settings files.",
        discussion: """
            Writes DIR/poster.html, poster.txt, poster.md and the same for code-of-conduct, \
            handbook, card, checklist, incident-report, acknowledgement and one letter-step-N for each step of the consequence ladder given in writing. Given several settings files, or a folder of them, builds each into \
            DIR/NAME, NAME being the file's name without its extension. Nothing is written unless every settings file \
            and template is valid; each file is replaced atomically, and files the build does \
            not produce are left alone.

            --format pdf prints DIR/<document>.pdf through an installed HTML-to-PDF engine \
            (headless Chromium, Debian package 'chromium-headless-shell' or 'chromium', or WeasyPrint). Every build warns \
            when the poster or the card will not fit its sheet (the card: front and back).

            --format docx writes DIR/<document>.docx, a Word document with Word's own \
            headings, lists and contents, on the chosen paper.

            --changes-from OLD (or --changes-since REV, each file's version in git) also builds \
            DIR/changes.html and the rest: "What changed in version N", for staff, in each \
            language that has a template for it.
            """
    )

    @Argument(help: "The settings files, one for each site, or a folder holding them.")
    var settings: [String]

    @Option(help: "The folder to write the documents into (created if missing).")
    var out: String

    @Option(help: "Formats to write, comma-separated: html, text, md, pdf, docx (default: html,text,md).", transform: BuildCommand.formats)
    var format: [OutputFormat] = OutputFormat.standard

    @Option(help: "The HTML-to-PDF engine for --format pdf: chromium or weasyprint (default: the first installed).")
    var pdfEngine: PDFEngineKind?

    @Option(help: "Documents to build, comma-separated: poster, code-of-conduct, handbook, card, checklist, incident-report, acknowledgement, letter, changes (default: all but changes).", transform: BuildCommand.documents)
    var document: [DocumentKind] = DocumentKind.standard

    @Option(help: "Paper size: a4 or letter (default: the jurisdiction's usual paper).")
    var paper: PaperSize?

    @Option(help: "Columns per line of the plain-text documents.")
    var width: Int = 72

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    @Flag(help: "Write nothing; exit 1 and list the files that would change if any is out of date.")
    var check = false

    @Option(help: "An earlier version of the settings: also build the 'changes' document, what changed since it.")
    var changesFrom: String?

    @Option(help: "A git revision (commit, branch, tag, HEAD~1): also build the 'changes' document, what changed in each settings file since then.")
    var changesSince: String?

    @Flag(help: "Wait until the new documents are on disk before putting them in place, so that even a power cut leaves each one whole.")
    var sync = false

    func validate() throws {
        guard !settings.isEmpty else { throw ValidationError("Give at least one settings file.") }
        guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000 columns.") }
        if changesFrom != nil, changesSince != nil {
            throw ValidationError("Give --changes-from or --changes-since, not both.")
        }
        if document.contains(.changes), changesFrom == nil, changesSince == nil {
            throw ValidationError("The changes document needs --changes-from OLD or --changes-since REV.")
        }
    }

    func run() throws {
        let options = BuildOptions(documents: document, formats: format, paper: paper, width: width, pdfEngine: pdfEngine)
        var build = SiteBuild(settings: settings, out: out, options: options, templatesFolder: templates, check: check, sync: sync)
        build.changesFrom = changesFrom.map { .file($0) } ?? changesSince.map { .revision($0) }
        // Printing many sites takes minutes: a person at a terminal sees how far it has come.
        // Output to a file or a pipe gets nothing extra.
        let showsProgress = format.contains(.pdf) && StandardStream.error.isTerminal
        if showsProgress { build.progress = ProgressLine.show }
        let result = build.run()
        if showsProgress { ProgressLine.end() }
        StandardStream.error.send(DiagnosticFormatter(sources: result.sources).format(result.diagnostics))
        guard result.succeeded else { throw ExitCode(1) }

        let place = result.sites == 1 ? out : "\(out): \(result.sites) sites"
        if check {
            guard result.staleFiles.isEmpty else {
                let list = result.staleFiles.map { "  \($0)\n" }.joined()
                StandardStream.error.send("\(place): \(result.staleFiles.count) document(s) out of date; run policykit build:\n\(list)")
                throw ExitCode(1)
            }
            print("\(place): all \(result.total) documents are current")
        } else {
            print("\(place): wrote \(result.written) of \(result.total) files (\(result.unchanged) unchanged)")
        }
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
