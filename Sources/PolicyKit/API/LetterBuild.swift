/// One consequence letter made on its own, for the manager who must give a client a
/// letter now: the letter for one step of the ladder, in one language and format, with
/// the client's name and the date filled in when given. It goes to `out`, replaced in one
/// step, or back in `Result.bytes` for the caller to print.
///
/// A build leaves the name and date of its letters blank: personal data goes only where
/// the user points it, never into a build's output folder.
///
/// ```swift
/// var letter = LetterBuild(settings: "settings.yaml", step: 3)
/// letter.clientName = "Sam Lee"
/// letter.date = CalendarDate(iso: "2026-03-02")
/// let result = letter.run()
/// print(DiagnosticFormatter(sources: result.sources).format(result.diagnostics), terminator: "")
/// if let bytes = result.bytes { print(String(decoding: bytes, as: UTF8.self)) }
/// ```
public struct LetterBuild: Sendable {
    /// The settings file.
    public var settings: String
    /// The step of the ladder, as the documents number it (1 for the first step).
    public var step: Int
    /// A language code of the settings' `languages`; nil for the primary language.
    public var language: String?
    public var format: OutputFormat
    /// nil: the settings' `documents.paper`, else the paper usual in the jurisdiction.
    public var paper: PaperSize?
    /// Written in the letter's "To" blank; nil leaves the blank.
    public var clientName: String?
    /// Written in the letter's "Date" blank; nil leaves the blank.
    public var date: CalendarDate?
    /// The file to write; nil to return the letter in `Result.bytes`.
    public var out: String?
    /// A folder of templates that replace the built-in ones of the same name.
    public var templatesFolder: String?
    /// The HTML-to-PDF engine for PDF; nil for the first one installed.
    public var pdfEngine: PDFEngineKind?
    /// The date the settings are checked against.
    public var today: CalendarDate

    public init(settings: String, step: Int, format: OutputFormat = .text, today: CalendarDate = .todayUTC()) {
        self.settings = settings
        self.step = step
        self.format = format
        self.today = today
    }

    /// What `run()` made, or why it made nothing.
    public struct Result: Sendable {
        /// Every error and warning; print them with `DiagnosticFormatter(sources: sources)`.
        public internal(set) var diagnostics: [Diagnostic]
        public internal(set) var sources: [String: [UInt8]]
        /// The letter, when it was made and no `out` was given.
        public internal(set) var bytes: [UInt8]?
        /// The steps that have a letter, when the settings were read.
        public internal(set) var steps: [Int]
        /// True when `step` is not among `steps`: a mistake in how the letter was asked
        /// for, which `diagnostics` explains.
        public internal(set) var unknownStep: Bool
        /// False when nothing was made or written.
        public internal(set) var succeeded: Bool
    }

    public func run() -> Result {
        var log = DiagnosticLog()
        var result = Result(diagnostics: [], sources: [:], bytes: nil, steps: [], unknownStep: false, succeeded: false)
        func finished() -> Result {
            result.diagnostics = log.diagnostics
            result.sources = log.sources
            return result
        }
        guard let (builder, _) = DocumentBuilder.reading(templatesFolder: templatesFolder, log: &log) else { return finished() }
        let loaded = SettingsLoader.loadFile(atPath: settings, today: today)
        log.add(loaded.diagnostics, sources: loaded.sources)
        guard let policy = loaded.policy, !loaded.hasErrors else { return finished() }

        result.steps = LetterContext.steps(of: policy)
        guard result.steps.contains(step) else {
            result.unknownStep = true
            log.add([.error(Self.unknownStepMessage(step, policy: policy, steps: result.steps))])
            return finished()
        }
        let chosen: Language
        if let code = language {
            guard let found = policy.languages.first(where: { $0.code == code }), builder.filler.hasTemplate(for: .letter, in: found) else {
                let known = policy.languages.filter { builder.filler.hasTemplate(for: .letter, in: $0) }.map(\.code)
                log.add([.error("there is no letter in '\(code)' for \(settings): letters can be made in \(Language.english.listed(known)), the languages of its 'languages' that have a letter template")])
                return finished()
            }
            chosen = found
        } else {
            chosen = policy.primaryLanguage
        }
        do throws(DiagnosticList) {
            var options = BuildOptions(documents: [.letter], formats: [format], paper: paper, pdfEngine: pdfEngine)
            options = try options.findingPrinter()
            let output = try builder.letter(step: step, for: policy, language: chosen, options: options, clientName: clientName, date: date)
            log.add(output.warnings.map { warning in
                var located = warning
                located.path = located.path ?? settings
                return located
            })
            guard let file = output.files.first else { return finished() }
            if let out {
                do {
                    try FileSystem.replace(out, with: file.bytes)
                } catch {
                    log.add([.error("cannot write '\(out)': \(error.message)")])
                    return finished()
                }
            } else {
                result.bytes = file.bytes
            }
        } catch {
            log.add(error.diagnostics.map { diagnostic in
                var located = diagnostic
                located.path = located.path ?? settings
                return located
            })
            return finished()
        }
        result.succeeded = true
        return finished()
    }

    /// "there is no letter for step 9: letters exist for steps 2, 3 and 4 (step 1 is given in speech)".
    static func unknownStepMessage(_ step: Int, policy: Policy, steps: [Int]) -> String {
        let count = policy.consequences.ladder.count
        let spoken = (1...count).filter { !steps.contains($0) }
        var message = "there is no letter for step \(step): "
        if steps.isEmpty {
            message += "no step of the ladder has a letter ('letter: false' on every step)"
        } else {
            message += "letters exist for \(steps.count == 1 ? "step" : "steps") \(Language.english.listed(steps.map(String.init)))"
        }
        if !spoken.isEmpty {
            message += " (\(spoken.count == 1 ? "step" : "steps") \(Language.english.listed(spoken.map(String.init))) \(spoken.count == 1 ? "is" : "are") given in speech: 'letter: false')"
        }
        return message + "; the ladder has \(count) \(count == 1 ? "step" : "steps")"
    }
}
