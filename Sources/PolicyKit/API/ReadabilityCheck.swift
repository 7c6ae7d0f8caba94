/// Measures what `ReadabilityReport` tells, from the same templates a build fills.
enum ReadabilityCheck {
    static func report(for policy: Policy, templates: TemplateSet = .builtIn) throws(DiagnosticList) -> ReadabilityReport {
        try report(for: policy, filler: DocumentFiller(templates: templates))
    }

    static func report(for policy: Policy, filler: DocumentFiller) throws(DiagnosticList) -> ReadabilityReport {
        var grades: [ReadabilityReport.Grade] = []
        // Flesch-Kincaid is a measure of English; documents in other languages are not graded.
        if policy.languages.contains(.english) {
            for kind in DocumentKind.allCases where kind.audience == .clients && filler.hasTemplate(for: kind, in: .english) {
                // The letters are graded one by one; the hardest stands for them all.
                var markdowns: [String] = []
                if kind == .letter {
                    for step in LetterContext.steps(of: policy) {
                        markdowns.append(try filler.letterMarkdown(step: step, policy: policy, language: .english))
                    }
                } else {
                    markdowns.append(try filler.markdown(for: kind, policy: policy, language: .english))
                }
                guard let grade = markdowns.map({ ReadingLevel.measure(markdown: $0).grade }).max() else { continue }
                grades.append(.init(document: kind, grade: grade, maximum: policy.documents.maxReadingGrade))
            }
        }
        // Measured in the organisation's own colour, as its documents are printed.
        let colour = policy.branding(in: policy.primaryLanguage).colour
        let pairs = DocumentStyle.allCases.flatMap { style in
            StylesheetContrast.pairs(inCSS: DocumentStylesheet.css(sheet: style.sheet(paper: .a4), style: style, colour: colour))
        }
        var report = ReadabilityReport(grades: grades, colourPairs: pairs)
        for language in policy.languages {
            guard let (measure, minimum) = ReadingEase.threshold(for: language) else { continue }
            for kind in DocumentKind.allCases where kind.audience == .clients && filler.hasTemplate(for: kind, in: language) {
                let markdown = try filler.markdown(for: kind, policy: policy, language: language)
                guard let score = ReadingEase.score(markdown: markdown, in: language) else { continue }
                report.ease.append(.init(document: kind, language: language, score: score, measure: measure, minimum: minimum))
            }
        }
        return report
    }
}

extension DocumentKind {
    var readerName: String {
        switch self {
        case .poster: "poster"
        case .handbook: "handbook"
        case .card: "quick-reference card"
        case .checklist: "checklist"
        case .codeOfConduct: "code of conduct"
        case .incidentReport: "incident report"
        case .acknowledgement: "acknowledgement"
        case .changes: "summary of changes"
        case .letter: "consequence letter"
        }
    }
}
