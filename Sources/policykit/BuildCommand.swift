import ArgumentParser
import Foundation
import PolicyKit

/// `policykit build`: settings in, documents out, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the poster, handbook, card and checklist from a settings file.",
        discussion: """
            Writes DIR/poster.html, poster.txt, poster.md and the same for handbook, card and \
            checklist. Nothing is written unless the settings and templates are valid; each \
            file is replaced atomically, and files the build does not produce are left alone.

            --format pdf prints DIR/<document>.pdf through an installed HTML-to-PDF engine \
            (headless Chromium, Debian package 'chromium', or WeasyPrint) and warns when the \
            poster or the card prints on more than one page.
            """
    )

    @Argument(help: "The settings file.")
    var settings: String

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

    func validate() throws {
        guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000 columns.") }
    }

    func run() throws {
        let loaded = SettingsLoader.loadFile(atPath: settings, today: CalendarDate.todayUTC())
        report(loaded.diagnostics, sources: [settings: loaded.source])
        guard let policy = loaded.policy, !loaded.hasErrors else { throw ExitCode(1) }

        let templateSet: TemplateSet
        let files: [OutputFile]
        do {
            templateSet = try templates.map(TemplateSet.builtIn(overriddenBy:)) ?? .builtIn
        } catch {
            report(error.diagnostics, sources: [:])
            throw ExitCode(1)
        }
        var engine: (any PDFEngine)?
        if format.contains(.pdf) {
            do {
                engine = try PDFEngineKind.engine(pdfEngine)
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
        }
        do {
            let options = BuildOptions(documents: document, formats: format, paper: paper, width: width, pdfEngine: engine)
            let output = try DocumentBuilder(templates: templateSet).build(for: policy, options: options)
            files = output.files
            report(output.warnings.map { warning in
                var located = warning
                located.path = located.path ?? settings
                return located
            }, sources: [:])
        } catch {
            report(error.diagnostics, sources: templateSet.diagnosticSources)
            throw ExitCode(1)
        }

        let folder = OutputFolder(path: out)
        do {
            if check {
                let stale = try folder.staleFiles(comparedWith: files)
                guard stale.isEmpty else {
                    let list = stale.map { "  \(out)/\($0)\n" }.joined()
                    FileHandle.standardError.write(Data("\(out): \(stale.count) document(s) out of date; run policykit build:\n\(list)".utf8))
                    throw ExitCode(1)
                }
                print("\(out): all \(files.count) documents are current")
            } else {
                let written = try folder.write(files)
                print("\(out): wrote \(written.count) of \(files.count) files (\(files.count - written.count) unchanged)")
            }
        } catch let error as DiagnosticList {
            report(error.diagnostics, sources: [:])
            throw ExitCode(1)
        }
    }

    private func report(_ diagnostics: [Diagnostic], sources: [String: [UInt8]]) {
        guard !diagnostics.isEmpty else { return }
        let text = DiagnosticFormatter(sources: sources).format(diagnostics)
        FileHandle.standardError.write(Data(text.utf8))
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
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
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
