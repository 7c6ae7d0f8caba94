/// Fills the document templates with one organisation's policy, giving Markdown.
///
/// Creating a filler checks every template once: syntax, names against
/// `TemplateContext.shape`, partials and cycles between them. Filling then cannot fail on
/// a template mistake, only on a policy that lacks a value a document needs.
struct DocumentFiller: Sendable {
    private let renderers: [String: TemplateRenderer]
    /// The documents each language has a template for.
    private let documents: [String: Set<DocumentKind>]
    /// What every context must hold, made once for checking the templates and every context.
    private let shape: ContextShape

    init(templates: TemplateSet = .builtIn) throws(DiagnosticList) {
        if templates.isBuiltIn {
            self = try Self.builtIn.get()
        } else {
            try self.init(reading: templates)
        }
    }

    /// The built-in templates, read and checked once per process, when first wanted.
    private static let builtIn = Result { () throws(DiagnosticList) in try DocumentFiller(reading: .builtIn) }

    private init(reading templates: TemplateSet) throws(DiagnosticList) {
        // Each language's templates are read and checked on their own, on every core.
        // American English is read from the English templates, in American spelling.
        var languages = templates.languages
        if languages.contains("en"), !languages.contains(Language.americanEnglish.wordingCode) {
            languages.append(Language.americanEnglish.wordingCode)
        }
        let shape = TemplateContext.shape
        let read = ParallelMap.map(languages, concurrency: ParallelMap.cores) { Self.read(language: $0, from: templates, shape: shape) }
        var diagnostics = read.flatMap(\.diagnostics)
        if languages.isEmpty {
            diagnostics.append(.error("no templates: expected files such as 'en/poster.md'"))
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        renderers = Dictionary(uniqueKeysWithValues: zip(languages, read.map(\.renderer)))
        documents = Dictionary(uniqueKeysWithValues: zip(languages, read.map(\.documents)))
        self.shape = shape
    }

    /// One language's templates, parsed and checked.
    private static func read(language: String, from templates: TemplateSet, shape: ContextShape) -> (renderer: TemplateRenderer, documents: Set<DocumentKind>, diagnostics: [Diagnostic]) {
        let american = language == Language.americanEnglish.wordingCode && !templates.languages.contains(language)
        let prefix = (american ? "en" : language) + "/"
        var diagnostics: [Diagnostic] = []
        var parsed: [String: [TemplateElement]] = [:]
        var paths: [String: String] = [:]
        for key in templates.sources.keys.sorted() where key.hasPrefix(prefix) && key.hasSuffix(".md") {
            let name = String(key.dropFirst(prefix.count).dropLast(3))
            let path = templates.displayPaths[key] ?? key
            let (elements, problems) = TemplateParser.parse(templates.sources[key]!, path: path)
            diagnostics += problems
            diagnostics += FormTemplateCheck.diagnostics(in: templates.sources[key]!, path: path)
            parsed[name] = american ? elements.map(Self.americanSpelling) : elements
            paths[name] = path
        }
        var checker = TemplateChecker(templates: parsed, paths: paths, shape: shape)
        // Client documents exist in every language; staff documents at least in English.
        for kind in DocumentKind.allCases {
            if parsed[kind.rawValue] == nil, kind.requiredInEveryLanguage || language == "en" {
                diagnostics.append(.error("missing template '\(prefix)\(kind.rawValue).md' for the \(kind.displayName.lowercased())"))
            } else {
                if parsed[kind.rawValue] != nil { checker.check(document: kind.rawValue) }
            }
        }
        diagnostics += checker.diagnostics
        // The English templates' problems are reported once, for English.
        if american { diagnostics = [] }
        let documents = Set(DocumentKind.allCases.filter { parsed[$0.rawValue] != nil })
        return (TemplateRenderer(templates: parsed, escape: MarkdownEscaper.escape), documents, diagnostics)
    }

    /// The template's text in American spelling; its tags stay as they are.
    private static func americanSpelling(_ element: TemplateElement) -> TemplateElement {
        switch element {
        case .text(let text): .text(AmericanSpelling.convert(text))
        case .variable: element
        case .partial: element
        case .section(let name, let inverted, let inner, let location): .section(name, inverted: inverted, inner.map(americanSpelling), location)
        case .parent(let name, let indentation, let inner, let location): .parent(name, indentation: indentation, inner.map(americanSpelling), location)
        case .block(let name, let inner, let location): .block(name, inner.map(americanSpelling), location)
        }
    }

    /// Whether there is a template for `kind` in `language`.
    func hasTemplate(for kind: DocumentKind, in language: Language) -> Bool {
        documents[language.wordingCode]?.contains(kind) == true
    }

    /// The document's Markdown for `policy` in `language` (by default the policy's primary language).
    /// For `.letter`, the letter of the first step given in writing (or of the first step,
    /// when none is): the one letter that stands for them all where a single document is asked.
    func markdown(for kind: DocumentKind, policy: Policy, language: Language? = nil) throws(DiagnosticList) -> String {
        let language = language ?? policy.primaryLanguage
        if kind == .letter {
            return try letterMarkdown(step: LetterContext.steps(of: policy).first ?? 1, policy: policy, language: language)
        }
        return try markdown(for: kind, language: language, contextValue: context(for: policy, in: language))
    }

    /// The letter for the ladder's step at `step` (its position, 1 for the first), with the
    /// client's name and the date filled in where given.
    func letterMarkdown(
        step: Int, policy: Policy, language: Language, clientName: String? = nil, date: CalendarDate? = nil
    ) throws(DiagnosticList) -> String {
        let context = LetterContext.adding(
            position: step, to: try context(for: policy, in: language), policy: policy, language: language, clientName: clientName, date: date)
        return try markdown(for: .letter, language: language, contextValue: context)
    }

    /// The context templates are filled from, checked: made once per language by a caller
    /// that fills several documents.
    func context(for policy: Policy, in language: Language, changes: PolicyDiff? = nil) throws(DiagnosticList) -> ContextValue {
        try TemplateContext(policy: policy, language: language, shape: shape, changes: changes).value
    }

    /// The same, with the context made by `context(for:in:)` once for several documents.
    func markdown(for kind: DocumentKind, language: Language, contextValue: ContextValue) throws(DiagnosticList) -> String {
        guard let renderer = renderers[language.wordingCode] else {
            let known = renderers.keys.sorted().joined(separator: ", ")
            throw DiagnosticList([.error("no templates for language '\(language.code)' (templates exist for: \(known))")])
        }
        guard hasTemplate(for: kind, in: language) else {
            throw DiagnosticList([.error("missing template '\(language.code)/\(kind.rawValue).md'")])
        }
        let filled = renderer.render(kind.rawValue, context: contextValue)
        // Values are escaped so they cannot produce "{{"; one left over means a template
        // tag was not filled, and the document must not ship with it.
        if let line = Self.lineOfDoubleBrace(in: filled) {
            throw DiagnosticList([.error("the filled \(kind.displayName.lowercased()) still contains '{{' at line \(line)")])
        }
        return filled
    }

    /// The line of the first "{{", looked for byte by byte: the standard library's generic
    /// `firstRange(of:)` costs more than the rest of a small fill.
    private static func lineOfDoubleBrace(in text: String) -> Int? {
        var line = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "{") { return line }
            if byte == UInt8(ascii: "\n") { line += 1 }
            previous = byte
        }
        return nil
    }

    /// The document's title, as plain text (not Markdown): "Client Code of Conduct — Harbourview Community Services".
    func title(for kind: DocumentKind, policy: Policy, language: Language? = nil) -> String {
        Self.title(for: kind, policy: policy, language: language)
    }

    static func title(for kind: DocumentKind, policy: Policy, language: Language? = nil) -> String {
        let language = language ?? policy.primaryLanguage
        let name = policy.organisation.name.text(in: language.code, primary: policy.primaryLanguage.code)
        return "\(kind.displayName(in: language)) — \(MarkdownEscaper.normalisedText(name))"
    }
}
