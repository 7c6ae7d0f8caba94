import ArgumentParser
import PolicyKit

/// `policykit letter`: one consequence letter, for the manager who needs it now.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Makes the letter to a client for one step of the consequence ladder.",
        discussion: """
            Prints the letter for step N to standard output, or writes it to --out FILE, \
            replaced in one step. --client and --date fill the letter's blanks; they go only \
            into this one letter, never into a build's output folder. A build writes every \
            letter with its blanks left empty, as letter-step-N.html and the rest.
            """
    )

    @Option(help: "The step of the consequence ladder, as the documents number it (1 for the first step).")
    var step: Int

    @Argument(help: "The settings file.")
    var settings: String

    @Option(help: "The language of the letter, one of the settings' languages (default: the first).")
    var language: String?

    @Option(help: "Format: html, text, md, pdf or docx (default: text).")
    var format: OutputFormat = .text

    @Option(help: "The file to write the letter to (default: standard output).")
    var out: String?

    @Option(help: "The client's name, written in the letter's 'To' blank.")
    var client: String?

    @Option(help: "The date of the letter, YYYY-MM-DD, written in its 'Date' blank.")
    var date: String?

    @Option(help: "Paper size: a4 or letter (default: the jurisdiction's usual paper).")
    var paper: PaperSize?

    @Option(help: "The HTML-to-PDF engine for --format pdf: chromium or weasyprint (default: the first installed).")
    var pdfEngine: PDFEngineKind?

    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, such as 2026-03-02.")
        }
        if let client, client.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError("--client must be a name on one line, without control characters.")
        }
    }

    func run() throws {
        var letter = LetterBuild(settings: settings, step: step, format: format)
        letter.language = language
        letter.paper = paper
        letter.pdfEngine = pdfEngine
        letter.clientName = client
        letter.date = date.flatMap(CalendarDate.init(iso:))
        letter.out = out
        letter.templatesFolder = templates
        let result = letter.run()
        StandardStream.error.send(DiagnosticFormatter(sources: result.sources).format(result.diagnostics))
        // Asking for a step the ladder has no letter for is a usage mistake, like a wrong option.
        if result.unknownStep { throw ExitCode(2) }
        guard result.succeeded else { throw ExitCode(1) }
        if let bytes = result.bytes { StandardStream.output.send(bytes) }
    }
}

