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
    /// A Word document, made by PolicyKit itself, for staff who edit and circulate it.
    case docx

    /// The extension of the files written in this format: `html`, `txt`, `md`, `pdf` or `docx`.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .text: "txt"
        case .markdown: "md"
        case .pdf: "pdf"
        case .docx: "docx"
        }
    }

    /// What a build writes unless asked otherwise: the text formats, which need no outside
    /// program and read well in version control. PDF and Word are written when asked for.
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
    func findingPrinter(in locations: ProgramLocations = .current) throws(DiagnosticList) -> BuildOptions {
        guard formats.contains(.pdf), printer == nil else { return self }
        var found = self
        do {
            found.printer = try PDFEngineKind.engine(pdfEngine, in: locations)
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
        var documents: [(language: Language, kind: DocumentKind, stem: String, context: ContextValue)] = []
        if options.documents.contains(.changes), options.changesFrom == nil {
            throw DiagnosticList([.error("the changes document needs the earlier version of the policy to compare with: build with --changes-from OLD or --changes-since REV")])
        }
        let diff = options.changesFrom.map { PolicyDiff(from: $0, to: policy) }
        for language in policy.languages {
            let kinds = options.documents.filter { filler.hasTemplate(for: $0, in: language) }
            guard !kinds.isEmpty else { continue }
            let context = try filler.context(for: policy, in: language, changes: diff)
            for kind in kinds {
                guard kind == .letter else {
                    documents.append((language, kind, kind.rawValue, context))
                    continue
                }
                // One letter for each step given in writing, its blanks left for the manager.
                for step in LetterContext.steps(of: policy) {
                    let letter = LetterContext.adding(position: step, to: context, policy: policy, language: language)
                    documents.append((language, kind, kind.fileStem(step: step), letter))
                }
            }
        }
        let made = ParallelMap.map(documents, concurrency: ParallelMap.cores) { document in
            Result { () throws(DiagnosticList) in
                try documentFiles(of: document.kind, named: document.stem, in: document.language, context: document.context, policy: policy, paper: paper, options: options)
            }
        }
        var files: [OutputFile] = []
        var printJobs: [(kind: DocumentKind, name: String, html: String)] = []
        // Fixed-size documents are measured in every build, PDF or not; a printed PDF's
        // own page count replaces the estimate.
        var estimates: [String: Diagnostic] = [:]
        var estimateOrder: [String] = []
        for (document, result) in zip(documents, made) {
            let (madeFiles, pages, estimate) = try result.get()
            files += madeFiles
            printJobs += pages.map { (document.kind, $0.name, $0.html) }
            if let estimate {
                let key = "\(document.stem).\(document.language.code)"
                estimates[key] = estimate
                estimateOrder.append(key)
            }
        }
        var warnings = estimateOrder.compactMap { estimates[$0] }
        // A build that asked only for documents no language has must say so, not write nothing.
        if files.isEmpty, options.documents == [.letter], !options.formats.isEmpty, LetterContext.steps(of: policy).isEmpty {
            throw DiagnosticList([.error("every step of 'consequences.ladder' has 'letter: false', so there is no letter to build; remove it from a step given in writing")])
        }
        if files.isEmpty, let kind = options.documents.first, !options.formats.isEmpty {
            let names = Language.english.listed(policy.languages.map(\.englishName))
            throw DiagnosticList([.error("there is no \(kind.displayName.lowercased()) template in \(names); add a language that has one, such as en, to 'languages'")])
        }
        if let printed = try printing(printJobs, into: &files, policy: policy, paper: paper, options: options) {
            warnings = printed
        }
        return BuildOutput(files: files, warnings: warnings)
    }
}

extension DocumentBuilder {
    /// One document's files in the formats asked for, and the HTML of those to be
    /// printed as PDF (their files stay empty until printed).
    func documentFiles(
        of kind: DocumentKind, named stem: String, in language: Language, context: ContextValue, policy: Policy, paper: PaperSize, options: BuildOptions
    ) throws(DiagnosticList) -> ([OutputFile], [(name: String, html: String)], Diagnostic?) {
        let markdown = try filler.markdown(for: kind, language: language, contextValue: context)
        let formBlocks = FormFence.mayHoldForm(markdown) ? FormMarkdown.formBlocks(in: markdown) : []
        if let broken = formBlocks.first(where: { $0.form == nil }), let problem = broken.problem {
            // The templates' own form lines were checked when they were read; this is one a partial brought in.
            throw DiagnosticList([.error("the \(kind.displayName.lowercased()) has a form that cannot be read, at line \(problem.line) of the form block on line \(broken.lines.lowerBound + 1) of the filled document: \(problem.message)")])
        }
        let sheet = kind.sheet(paper: paper, posterSize: policy.documents.posterSize)
        let suffix = language == policy.primaryLanguage ? "" : ".\(language.code)"
        var estimate: Diagnostic?
        if let limit = kind.pageLimit {
            let fit = PageFit(style: kind.style, sheet: sheet, hasLogo: policy.organisation.logo != nil,
                              hasQRCode: kind == .poster && policy.qrURL(in: language) != nil)
            let pages = fit.pages(of: markdown)
            if pages > limit {
                estimate = .warning(kind.tooLongAdvice(pages: pages, sheet: sheet, name: "\(stem)\(suffix)", estimated: true))
            }
        }
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
                sheet: kind.sheet(paper: paper, posterSize: policy.documents.posterSize),
                branding: policy.branding(in: language),
                qrAddress: kind == .poster ? policy.qrURL(in: language) : nil,
                runningFooter: "\(title) · \(HandbookWords(language: language.code).version) \(policy.metadata.version)"
            ).text
        }
        var files: [OutputFile] = []
        var printJobs: [(name: String, html: String)] = []
        for format in options.formats {
            let name = "\(stem)\(suffix).\(format.fileExtension)"
            switch format {
            case .markdown:
                // Forms are written as Markdown any reader shows: task lists and pipe tables.
                files.append(OutputFile(name: name, text: formBlocks.isEmpty ? markdown : FormMarkdown.replacingForms(in: markdown)))
            case .text:
                files.append(OutputFile(name: name, text: rendered.text!))
            case .html:
                files.append(OutputFile(name: name, text: page!))
            case .pdf:
                // Printed once every document is made, so every document is checked before any engine runs.
                files.append(OutputFile(name: name, bytes: []))
                printJobs.append((name, page!))
            case .docx:
                files.append(OutputFile(name: name, bytes: try wordBytes(of: kind, in: language, markdown: markdown, policy: policy, paper: paper)))
            }
        }
        return (files, printJobs, estimate)
    }
}

extension DocumentKind {
    /// A fixed-size document that will not fit its sheet: never shrunk to fit, since its
    /// type sizes are what make it readable, so the user is told to shorten it.
    func tooLongAdvice(pages: Int, sheet: PageSheet, name: String, estimated: Bool = false) -> String {
        let limit = pageLimit ?? 1
        let allowed = limit == 1 ? "one" : "\(limit) (front and back)"
        let verb = estimated ? "would print" : "prints"
        let keep = self == .poster ? " (its type is kept large, to be read from across a room)" : ""
        return "\(name) \(verb) on \(pages) pages of \(sheet.displayName), not \(allowed)\(keep); shorten the lists and texts it shows from the settings file"
    }
}
