/// The formats each document is written in. A build writes one file per document,
/// language and format, named with the format's `fileExtension`.
///
/// ```swift
/// let options = BuildOptions(formats: [.html, .text])
/// let name = "poster." + OutputFormat.text.fileExtension  // "poster.txt"
/// ```
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case text
    case markdown = "md"
    /// Printed through an installed HTML-to-PDF engine (`BuildOptions.pdfEngine`).
    case pdf

    /// The extension of the files written in this format: `html`, `txt`, `md` or `pdf`.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .text: "txt"
        case .markdown: "md"
        case .pdf: "pdf"
        }
    }

    /// What a build writes unless asked otherwise: every format made without an
    /// outside program.
    public static let standard: [OutputFormat] = [.html, .text, .markdown]
}

/// What a build produces, as the `build` command's options choose it.
///
/// ```swift
/// let options = BuildOptions(documents: [.poster, .card], formats: [.html, .pdf], paper: .letter)
/// let output = try DocumentBuilder().build(for: policy, options: options)
/// ```
public struct BuildOptions: Sendable {
    /// The documents to build, in the order their files are listed.
    public var documents: [DocumentKind]
    /// The formats each document is written in.
    public var formats: [OutputFormat]
    /// nil: the settings' `documents.paper`, else the paper usual in the organisation's jurisdiction.
    public var paper: PaperSize?
    /// Columns of the plain-text documents.
    public var width: Int
    /// The HTML-to-PDF engine that prints the PDF format; nil: the first one installed.
    /// A build asking for PDF with none installed fails, naming the package to install.
    public var pdfEngine: PDFEngineKind?
    /// The earlier version of the policy, which the `changes` document tells what changed
    /// since. A build whose `documents` include `.changes` needs it.
    ///
    /// ```swift
    /// var options = BuildOptions(documents: [.changes], formats: [.html])
    /// options.changesFrom = previousPolicy   // loaded like any policy
    /// ```
    public var changesFrom: Policy?
    /// The engine itself, once found (or one a test provides).
    var printer: (any PDFEngine)?

    /// Options as the `build` command's flags give them; by default every document in
    /// every format that needs no outside program, on the settings' paper, 72 columns wide.
    ///
    /// ```swift
    /// let staffOnly = BuildOptions(documents: [.handbook, .checklist], formats: [.html])
    /// let printed = BuildOptions(formats: [.pdf], paper: .a4, pdfEngine: .weasyprint)
    /// ```
    public init(
        documents: [DocumentKind] = DocumentKind.standard,
        formats: [OutputFormat] = OutputFormat.standard,
        paper: PaperSize? = nil,
        width: Int = 72,
        pdfEngine: PDFEngineKind? = nil
    ) {
        self.documents = documents
        self.formats = formats
        self.paper = paper
        self.width = width
        self.pdfEngine = pdfEngine
    }

    init(documents: [DocumentKind] = DocumentKind.standard, formats: [OutputFormat], paper: PaperSize? = nil, printer: any PDFEngine) {
        self.init(documents: documents, formats: formats, paper: paper)
        self.printer = printer
    }

    /// These options with the PDF engine found, when PDF is asked for: done once before
    /// many documents are built, so a missing engine is reported once, before any work.
    func findingPrinter(searchPath: String? = ProgramSearch.environmentPath) throws(DiagnosticList) -> BuildOptions {
        guard formats.contains(.pdf), printer == nil else { return self }
        var found = self
        do {
            found.printer = try PDFEngineKind.engine(pdfEngine, searchPath: searchPath)
        } catch {
            throw DiagnosticList([.error(error.message)])
        }
        return found
    }
}

/// The files of a build and what the user should know about them. Nothing is written
/// yet: the caller decides where the files go (`SiteBuild` writes them for you).
///
/// ```swift
/// let output = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.html, .pdf]))
/// for file in output.files { print(file.name, file.bytes.count) }
/// print(DiagnosticFormatter().format(output.warnings), terminator: "")
/// ```
public struct BuildOutput: Sendable {
    /// Each document in each language and format, named as it is written
    /// (`poster.html`, `poster.fr.txt`).
    public internal(set) var files: [OutputFile]
    /// Such as a one-page document that prints on more pages.
    public internal(set) var warnings: [Diagnostic]
}

/// Turns a policy into its finished documents: fill each template, then render the
/// Markdown in every format asked for. Pure: it reads and writes no files, so the same
/// policy and options give the same bytes anywhere. The one exception is PDF, which
/// runs the engine in `BuildOptions.pdfEngine` on the HTML.
///
/// Use it to build documents in memory, for instance to serve or attach them; to build
/// settings files into folders on disk, use `SiteBuild`.
///
/// ```swift
/// let loaded = SettingsLoader.loadFile(atPath: "settings.yaml", today: .todayUTC())
/// if let policy = loaded.policy, !loaded.hasErrors {
///     let output = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.html]))
///     let poster = output.files.first { $0.name == "poster.html" }
/// }
/// ```
public struct DocumentBuilder: Sendable {
    let filler: DocumentFiller
    /// Shared by every document this builder makes, on every thread: sites built by one
    /// builder share most of their text, which is then rendered once.
    private let renderingCache = RenderingCache()

    /// Checks every template once, so a template mistake stops the build before any
    /// document is made. Make one builder and reuse it for every policy: the templates are
    /// checked, and text shared between policies rendered, only once.
    ///
    /// ```swift
    /// let builder = try DocumentBuilder(templates: TemplateSet.builtIn(overriddenBy: "my-templates"))
    /// ```
    public init(templates: TemplateSet = .builtIn) throws(DiagnosticList) {
        filler = try DocumentFiller(templates: templates)
    }

    /// Every document in every language of the policy that has a template for it. The
    /// primary language's files are named `poster.html`; the others carry the language's
    /// code, `poster.fr.html`. Throws the problems of a policy a template cannot be filled
    /// from, or of a PDF engine that fails.
    ///
    /// ```swift
    /// let builder = try DocumentBuilder()
    /// let output = try builder.build(for: policy, options: BuildOptions(documents: [.poster], formats: [.text]))
    /// print(String(decoding: output.files[0].bytes, as: UTF8.self))
    /// ```
    public func build(for policy: Policy, options: BuildOptions = BuildOptions()) throws(DiagnosticList) -> BuildOutput {
        let paper = options.paper ?? policy.documents.paper ?? policy.organisation.jurisdiction.usualPaper
        // Each document is made on its own, on every core; the files keep the order of
        // languages, documents and formats asked for.
        var documents: [(language: Language, kind: DocumentKind, context: ContextValue)] = []
        if options.documents.contains(.changes), options.changesFrom == nil {
            throw DiagnosticList([.error("the changes document needs the earlier version of the policy to compare with: build with --changes-from OLD or --changes-since REV")])
        }
        let diff = options.changesFrom.map { PolicyDiff(from: $0, to: policy) }
        for language in policy.languages {
            let kinds = options.documents.filter { filler.hasTemplate(for: $0, in: language) }
            guard !kinds.isEmpty else { continue }
            let context = try filler.context(for: policy, in: language, changes: diff)
            documents += kinds.map { (language, $0, context) }
        }
        let made = ParallelMap.map(documents, concurrency: ParallelMap.cores) { document in
            Result { () throws(DiagnosticList) in
                try documentFiles(of: document.kind, in: document.language, context: document.context, policy: policy, paper: paper, options: options)
            }
        }
        var files: [OutputFile] = []
        var printJobs: [(kind: DocumentKind, name: String, html: String)] = []
        for (document, result) in zip(documents, made) {
            let (madeFiles, pages) = try result.get()
            files += madeFiles
            printJobs += pages.map { (document.kind, $0.name, $0.html) }
        }
        // A build that asked only for documents no language has must say so, not write nothing.
        if files.isEmpty, let kind = options.documents.first, !options.formats.isEmpty {
            let names = Language.english.listed(policy.languages.map(\.englishName))
            throw DiagnosticList([.error("there is no \(kind.displayName.lowercased()) template in \(names); add a language that has one, such as en, to 'languages'")])
        }
        guard !printJobs.isEmpty else { return BuildOutput(files: files, warnings: []) }
        guard let engine = try options.findingPrinter().printer else { return BuildOutput(files: files, warnings: []) }
        // An engine found here is this build's alone; one the caller gave serves other builds too.
        defer { if options.printer == nil { engine.finish() } }
        let printer = DocumentPrinter(engine: engine, date: policy.metadata.effectiveDate)
        let printed = try printer.print(printJobs.map { DocumentPrinter.Job(name: $0.name, html: $0.html) })
        var warnings: [Diagnostic] = []
        for (job, pdf) in zip(printJobs, printed) {
            if let index = files.firstIndex(where: { $0.name == job.name }) { files[index].bytes = pdf }
            if job.kind.printsOnOnePage, let pages = PDFFacts.pageCount(of: pdf), pages > 1 {
                warnings.append(.warning(job.kind.tooLongAdvice(pages: pages, paper: paper)))
            }
        }
        return BuildOutput(files: files, warnings: warnings)
    }
}

extension DocumentBuilder {
    /// One document's files in the formats asked for, and the HTML of those to be
    /// printed as PDF (their files stay empty until printed).
    private func documentFiles(
        of kind: DocumentKind, in language: Language, context: ContextValue, policy: Policy, paper: PaperSize, options: BuildOptions
    ) throws(DiagnosticList) -> ([OutputFile], [(name: String, html: String)]) {
        let markdown = try filler.markdown(for: kind, language: language, contextValue: context)
        let wantsHTML = options.formats.contains(.html) || options.formats.contains(.pdf)
        let rendered = MarkdownRenderer.renderings(
            of: markdown, html: wantsHTML, textWidth: options.formats.contains(.text) ? options.width : nil, cache: renderingCache)
        let title = filler.title(for: kind, policy: policy, language: language)
        let page = rendered.html.map { body in
            HTMLDocument(
                title: title,
                language: language.code,
                direction: language.direction,
                paper: paper,
                style: kind.style,
                bodyHTML: body,
                runningFooter: "\(title) · \(HandbookWords(language: language.code).version) \(policy.metadata.version)"
            ).text
        }
        let suffix = language == policy.primaryLanguage ? "" : ".\(language.code)"
        var files: [OutputFile] = []
        var printJobs: [(name: String, html: String)] = []
        for format in options.formats {
            let name = "\(kind.rawValue)\(suffix).\(format.fileExtension)"
            switch format {
            case .markdown:
                files.append(OutputFile(name: name, text: markdown))
            case .text:
                files.append(OutputFile(name: name, text: rendered.text!))
            case .html:
                files.append(OutputFile(name: name, text: page!))
            case .pdf:
                // Printed once every document is made, so every document is checked before any engine runs.
                files.append(OutputFile(name: name, bytes: []))
                printJobs.append((name, page!))
            }
        }
        return (files, printJobs)
    }
}

extension DocumentKind {
    func tooLongAdvice(pages: Int, paper: PaperSize) -> String {
        let what = self == .poster ? "the poster" : "the quick-reference card"
        let keep = self == .poster ? " (its text stays at 14 pt or more, to be read from across a room)" : ""
        return "\(what) prints on \(pages) pages of \(paper.displayName) paper, not one\(keep); shorten the lists and texts it shows from the settings file"
    }
}
