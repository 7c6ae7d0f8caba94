/// How easy the documents are to read: the reading grade of what clients read, and
/// the contrast of every colour pair the stylesheets print.
public struct ReadabilityReport: Sendable {
    public struct Grade: Sendable, Equatable {
        public var document: DocumentKind
        /// Flesch-Kincaid grade of the filled document's text.
        public var grade: Double
        public var maximum: Int

        public var isTooHard: Bool { grade > Double(maximum) }
    }

    public var grades: [Grade]
    /// Every text colour pair of the built-in styles, screen and print.
    public var colourPairs: [ColourPair]

    public var failingColourPairs: [ColourPair] { colourPairs.filter { !$0.meetsAA } }

    /// Warnings for documents above the reading grade, errors for colours below AA.
    public func diagnostics(path: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for grade in grades where grade.isTooHard {
            diagnostics.append(.warning(
                "the \(grade.document.readerName) reads at grade \(ReadabilityReport.formatted(grade.grade)), above the maximum of \(grade.maximum) ('documents.max_reading_grade'); use shorter sentences and plainer words in the texts clients read",
                path: path
            ))
        }
        for pair in failingColourPairs {
            diagnostics.append(.error(
                "'\(pair.selector)': text \(pair.foreground) on \(pair.background) has contrast \(ReadabilityReport.formatted(pair.ratio)):1, below WCAG 2.1 AA (\(ReadabilityReport.formatted(pair.requiredRatio)):1)"
            ))
        }
        return diagnostics
    }

    /// One decimal place, the same on every machine and locale.
    public static func formatted(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

public enum ReadabilityCheck {
    public static func report(for policy: Policy, templates: TemplateSet = .builtIn) throws(DiagnosticList) -> ReadabilityReport {
        let filler = try DocumentFiller(templates: templates)
        var grades: [ReadabilityReport.Grade] = []
        // Flesch-Kincaid is a measure of English; documents in other languages are not graded.
        if policy.languages.contains(.english) {
            for kind in DocumentKind.allCases where kind.audience == .clients {
                let markdown = try filler.markdown(for: kind, policy: policy, language: .english)
                grades.append(.init(document: kind, grade: ReadingLevel.measure(markdown: markdown).grade, maximum: policy.documents.maxReadingGrade))
            }
        }
        let pairs = DocumentStyle.allCases.flatMap { StylesheetContrast.pairs(style: $0) }
        return ReadabilityReport(grades: grades, colourPairs: pairs)
    }
}

extension DocumentKind {
    var readerName: String {
        switch self {
        case .poster: "poster"
        case .handbook: "handbook"
        case .card: "quick-reference card"
        case .checklist: "checklist"
        }
    }
}
