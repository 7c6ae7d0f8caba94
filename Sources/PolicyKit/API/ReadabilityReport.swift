/// How easy the documents are to read: the reading grade of what clients read, and
/// the contrast of every colour pair the stylesheets print. `SettingsCheck` makes one
/// for each valid settings file.
///
/// ```swift
/// for file in SettingsCheck().run(["settings.yaml"]).files {
///     if let report = file.readability { print(file.path + ": ok" + report.summary) }
/// }
/// ```
public struct ReadabilityReport: Sendable {
    /// A client document's reading grade against the settings' `documents.max_reading_grade`.
    ///
    /// ```swift
    /// for grade in report.grades where grade.isTooHard {
    ///     print("\(grade.document.displayName): grade \(grade.grade), at most \(grade.maximum)")
    /// }
    /// ```
    public struct Grade: Sendable, Equatable {
        public internal(set) var document: DocumentKind
        /// Flesch-Kincaid grade of the filled document's text.
        public internal(set) var grade: Double
        /// The highest grade the settings accept (`documents.max_reading_grade`).
        public internal(set) var maximum: Int

        /// Whether the document reads above `maximum`, which `check` reports as a warning.
        public var isTooHard: Bool { grade > Double(maximum) }
    }

    /// One for each client document in English (the measure is for English text).
    public internal(set) var grades: [Grade]
    /// The reading ease of each client document in a language with a published measure of
    /// its own (`ReadingEase`): Spanish and French.
    var ease: [Ease] = []

    /// A client document's reading ease in one language, against the score its clients need.
    struct Ease: Sendable, Equatable {
        var document: DocumentKind
        var language: Language
        var score: Double
        /// "Fernández-Huerta", "Kandel–Moles".
        var measure: String
        var minimum: Double

        var isTooHard: Bool { score < minimum }
    }
    /// Every text colour pair of the built-in styles, screen and print.
    var colourPairs: [ColourPair]

    var failingColourPairs: [ColourPair] { colourPairs.filter { !$0.meetsAA } }

    /// The grades and the contrast, as `policykit check` prints them after "ok":
    /// "; poster reading grade 5.2 (at most 7); 44 colour pairs meet WCAG AA contrast (lowest 4.6:1)".
    public var summary: String {
        let graded = grades.map { "; \($0.document.rawValue) reading grade \(Self.formatted($0.grade)) (at most \($0.maximum))" }
        let lowest = colourPairs.map(\.ratio).min().map(Self.formatted) ?? "-"
        return graded.joined() + "; \(colourPairs.count) colour pairs meet WCAG AA contrast (lowest \(lowest):1)"
    }

    /// Warnings for documents above the reading grade, errors for colours below AA.
    func diagnostics(path: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for grade in grades where grade.isTooHard {
            diagnostics.append(.warning(
                "the \(grade.document.readerName) reads at grade \(ReadabilityReport.formatted(grade.grade)), above the maximum of \(grade.maximum) ('documents.max_reading_grade'); use shorter sentences and plainer words in the texts clients read",
                path: path
            ))
        }
        for ease in ease where ease.isTooHard {
            diagnostics.append(.warning(
                "the \(ease.language.englishName) \(ease.document.readerName) has a reading ease of \(ReadabilityReport.formatted(ease.score)) (\(ease.measure)), below the \(ReadabilityReport.formatted(ease.minimum)) clients need; use shorter sentences and plainer words in the \(ease.language.englishName) texts clients read",
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
    static func formatted(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
