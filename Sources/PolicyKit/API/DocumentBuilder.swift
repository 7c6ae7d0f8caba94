/// The formats each document is written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case text
    case markdown = "md"

    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .text: "txt"
        case .markdown: "md"
        }
    }
}

/// What a build produces, as the `build` command's options choose it.
public struct BuildOptions: Sendable {
    public var documents: [DocumentKind]
    public var formats: [OutputFormat]
    /// nil: the paper usual in the organisation's jurisdiction.
    public var paper: PaperSize?
    /// Columns of the plain-text documents.
    public var width: Int

    public init(
        documents: [DocumentKind] = DocumentKind.allCases,
        formats: [OutputFormat] = OutputFormat.allCases,
        paper: PaperSize? = nil,
        width: Int = 72
    ) {
        self.documents = documents
        self.formats = formats
        self.paper = paper
        self.width = width
    }
}

/// Turns a policy into its finished documents: fill each template, then render the
/// Markdown in every format asked for. Pure: it reads and writes no files, so the same
/// policy and options give the same bytes anywhere.
public struct DocumentBuilder: Sendable {
    private let filler: DocumentFiller

    /// Checks every template once, so a template mistake stops the build before any
    /// document is made.
    public init(templates: TemplateSet = .builtIn) throws(DiagnosticList) {
        filler = try DocumentFiller(templates: templates)
    }

    public func files(for policy: Policy, options: BuildOptions = BuildOptions()) throws(DiagnosticList) -> [OutputFile] {
        let paper = options.paper ?? policy.organisation.jurisdiction.usualPaper
        var files: [OutputFile] = []
        let context = try TemplateContext(policy: policy).value.mustacheValue
        for kind in options.documents {
            let markdown = try filler.markdown(for: kind, policy: policy, contextValue: context)
            for format in options.formats {
                let name = "\(kind.rawValue).\(format.fileExtension)"
                switch format {
                case .markdown:
                    files.append(OutputFile(name: name, text: markdown))
                case .text:
                    files.append(OutputFile(name: name, text: MarkdownRenderer.plainText(fromMarkdown: markdown, width: options.width)))
                case .html:
                    let page = HTMLDocument(
                        title: filler.title(for: kind, policy: policy),
                        language: policy.organisation.language,
                        paper: paper,
                        style: kind.style,
                        bodyHTML: MarkdownRenderer.html(fromMarkdown: markdown)
                    )
                    files.append(OutputFile(name: name, text: page.text))
                }
            }
        }
        return files
    }
}

extension DocumentKind {
    var style: DocumentStyle {
        switch self {
        case .poster: .poster
        case .handbook: .handbook
        case .card: .card
        case .checklist: .checklist
        }
    }
}

extension Jurisdiction {
    /// North America prints on US Letter; Australia and the UK on A4.
    public var usualPaper: PaperSize {
        switch self {
        case .canada, .unitedStates: .letter
        case .australia, .unitedKingdom: .a4
        }
    }
}
