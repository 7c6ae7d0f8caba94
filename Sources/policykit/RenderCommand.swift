import ArgumentParser
import PolicyKit

/// `policykit render`: any Markdown file to HTML or plain text on standard output.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Renders a Markdown file as HTML or plain text.",
        discussion: """
            HTML comes from cmark in safe mode: raw HTML and unsafe links are removed. \
            Plain text is wrapped to --width columns.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html
        case text
    }

    @Argument(help: "The Markdown file to render, or - for standard input.")
    var file: String

    @Option(help: "Output format: html or text.")
    var format: Format

    @Option(help: "Columns per line of plain text.")
    var width: Int = 72

    @Option(help: "Paper size for a standalone page: a4 or letter.")
    var paper: PaperSize = .a4

    @Option(help: "Page style for a standalone page: the name of a document, such as poster, handbook, card, checklist or incident-report.")
    var style: DocumentKind = .handbook

    @Option(help: "Language tag of a standalone page.")
    var lang: String = "en"

    @Flag(help: "With html, write a complete page with its stylesheet instead of a fragment.")
    var standalone = false

    func validate() throws {
        if standalone && format != .html {
            throw ValidationError("--standalone makes a complete HTML page; use it with --format html.")
        }
        guard width >= 1 else { throw ValidationError("--width must be a positive number of columns.") }
        guard !lang.isEmpty, lang.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ValidationError("--lang must be a language tag such as en or fr-CA.")
        }
    }

    func run() throws {
        let input = InputFile(path: file)
        let markdown: String
        do {
            // More than any document needs.
            let bytes = try input.bytes(limit: 64 << 20)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                StandardStream.error.send("policykit: error: \(input.name) is not valid UTF-8 text\n")
                throw ExitCode(1)
            }
            markdown = text
        } catch let error as InputFile.ReadError {
            StandardStream.error.send("policykit: error: \(error.message)\n")
            throw ExitCode(1)
        }
        let output: String
        switch format {
        case .text:
            output = MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
        case .html:
            if standalone {
                output = MarkdownRenderer.page(fromMarkdown: markdown, untitled: input.stem, language: lang, paper: paper, style: style)
            } else {
                output = MarkdownRenderer.html(fromMarkdown: markdown)
            }
        }
        StandardStream.output.send(output)
        // Done once the output is written: handing a large document's many small pieces
        // back to the allocator one by one would only delay the exit.
        Self.exit()
    }
}

extension PaperSize: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}
