import Foundation
import Testing
@testable import PolicyKit

/// The consequence letters: one for each step of the ladder given in writing, in every
/// client language that has the template, naming the step as the settings word it.
@Suite struct LetterDocumentsTests {
    static let builder = Result { try DocumentBuilder() }

    /// The languages of `policy` that have a letter template.
    static func letterLanguages(_ policy: Policy) throws -> [Language] {
        let filler = try builder.get().filler
        return policy.languages.filter { filler.hasTemplate(for: .letter, in: $0) }
    }

    /// Every letter of `policy` in text, keyed by file name (`letter-step-2.fr.txt`).
    static func texts(_ policy: Policy, formats: [OutputFormat] = [.text]) throws -> [String: String] {
        let files = try builder.get().build(for: policy, options: BuildOptions(documents: [.letter], formats: formats)).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    static func name(step: Int, _ language: Language, _ policy: Policy, _ format: OutputFormat = .text) -> String {
        let suffix = language == policy.primaryLanguage ? "" : ".\(language.code)"
        return "letter-step-\(step)\(suffix).\(format.fileExtension)"
    }

    /// Text as a reader sees it, whatever the line breaks: words joined by single spaces,
    /// without the marks that only set the direction of right-to-left text.
    static func flat(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { !BidiIsolation.layoutScalars.contains($0) }))
        return visible.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func value(_ text: LocalizedText, _ language: Language, _ policy: Policy) -> String {
        flat(MarkdownEscaper.normalisedText(text.text(in: language.code, primary: policy.primaryLanguage.code)))
    }

    @Test(arguments: PrintTools.exampleNames)
    func everyExampleBuildsALetterForEachWrittenStepInEachClientLanguage(example: String) throws {
        let policy = try PrintTools.examplePolicy(example)
        let steps = LetterContext.steps(of: policy)
        // The examples' first step is a spoken reminder: it has no letter.
        #expect(steps == Array(2...policy.consequences.ladder.count), "\(example): \(steps)")
        let languages = try Self.letterLanguages(policy)
        // Every client language has the letter, so a client never goes without one.
        #expect(languages == policy.languages, "\(example)")
        let formats: [OutputFormat] = [.html, .text, .markdown, .docx]
        let files = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [.letter], formats: formats)).files
        var expected: [String] = []
        for language in languages {
            for step in steps {
                expected += formats.map { Self.name(step: step, language, policy, $0) }
            }
        }
        #expect(Set(files.map(\.name)) == Set(expected), "\(example)")
        #expect(files.allSatisfy { !$0.bytes.isEmpty })
        // A spoken step never gets a letter file.
        #expect(!files.contains { $0.name.hasPrefix("letter-step-1.") })
    }

    @Test(arguments: PrintTools.exampleNames)
    func eachLetterNamesItsStepWithTheExactValuesOfTheSettings(example: String) throws {
        let policy = try PrintTools.examplePolicy(example)
        let letters = try Self.texts(policy)
        for language in try Self.letterLanguages(policy) {
            for step in LetterContext.steps(of: policy) {
                let name = Self.name(step: step, language, policy)
                let letter = Self.flat(try #require(letters[name], "\(name)"))
                let rung = policy.consequences.ladder[step - 1]
                var values = [rung.response, rung.decidedBy, policy.consequences.review, policy.complaints.contact, policy.organisation.name]
                values += [rung.duration, rung.review].compactMap { $0 }
                // Chinese text wraps between any two characters, so it is compared without the breaks.
                func unwrapped(_ text: String) -> String { language == .simplifiedChinese ? text.filter { !$0.isWhitespace } : text }
                for value in values {
                    let shown = Self.value(value, language, policy)
                    #expect(unwrapped(letter).contains(unwrapped(shown)), "\(example) \(name): '\(shown)' missing")
                }
                if let address = policy.organisation.address {
                    #expect(letter.contains(Self.flat(address)), "\(example) \(name): no address")
                }
                // The deciding role signs the letter.
                let nameLabel = try #require(["en": "Name", "fr": "Nom", "es": "Nombre", "ar": "الاسم", "zh-Hans": "姓名", "pa": "ਨਾਮ", "vi": "Họ tên"][language.code])
                #expect(letter.contains(Self.value(rung.decidedBy, language, policy) + " " + nameLabel + " ____"), "\(name)")
            }
        }
    }

    @Test(arguments: PrintTools.exampleNames)
    func onlyTheLastStepsLetterHasNoNextStep(example: String) throws {
        let policy = try PrintTools.examplePolicy(example)
        let letters = try Self.texts(policy)
        let ladder = policy.consequences.ladder
        let headings = ["en": "If it happens again", "fr": "Si cela se reproduit", "es": "Si vuelve a pasar", "ar": "إذا تكرر ذلك", "zh-Hans": "如果再次发生", "pa": "ਜੇ ਇਹ ਫਿਰ ਹੋਵੇ", "vi": "Nếu việc này xảy ra lần nữa"]
        for language in try Self.letterLanguages(policy) {
            let heading = try #require(headings[language.code])
            for step in LetterContext.steps(of: policy) {
                let name = Self.name(step: step, language, policy)
                let letter = Self.flat(try #require(letters[name]))
                if step == ladder.count {
                    #expect(!letter.contains(heading), "\(example) \(name)")
                } else {
                    #expect(letter.contains(heading), "\(example) \(name)")
                    #expect(letter.contains(Self.value(ladder[step].response, language, policy)), "\(example) \(name): the next step")
                }
            }
        }
    }

    @Test func aSeriousIncidentLetsALetterSayItWentStraightToItsStep() throws {
        var policy = try PrintTools.examplePolicy("harbourview-ca")
        #expect(policy.consequences.seriousIncidentsSkipSteps)
        let sentence = "This was a serious incident, so we went straight to this step."
        let skipping = try Self.texts(policy)
        for step in LetterContext.steps(of: policy) {
            #expect(Self.flat(try #require(skipping["letter-step-\(step).txt"])).contains("☐ " + sentence), "step \(step)")
        }
        #expect(Self.flat(try #require(skipping["letter-step-2.fr.txt"])).contains("L'incident était grave."))
        #expect(Self.flat(try #require(skipping["letter-step-2.es.txt"])).contains("El incidente fue grave."))

        policy.consequences.seriousIncidentsSkipSteps = false
        let stepByStep = try Self.texts(policy)
        #expect(!stepByStep.isEmpty)
        #expect(stepByStep.values.allSatisfy { !Self.flat($0).contains("serious incident") && !$0.contains("grave") })
    }

    @Test func aLadderWithoutSpokenStepsGetsALetterForEveryStepAndTheFirstSaysNothingOfSkipping() throws {
        var policy = TemplateFixtures.fullPolicy()
        policy.consequences.ladder = policy.consequences.ladder.map { step in
            var step = step
            step.letter = true
            return step
        }
        let letters = try Self.texts(policy)
        #expect(Set(letters.keys) == Set((1...policy.consequences.ladder.count).map { "letter-step-\($0).txt" }))
        #expect(!Self.flat(letters["letter-step-1.txt"]!).contains("serious incident"))
        #expect(Self.flat(letters["letter-step-2.txt"]!).contains("serious incident"))
    }

    @Test func theBuiltInLadderGivesItsVerbalReminderNoLetter() throws {
        let policy = try #require(load(minimalSettings).policy)
        #expect(policy.consequences.ladder.map(\.letter) == [false, true, true, true])
        let off = try #require(load(minimal(plus: """
            consequences:
              - {level: 1, trigger: Rudeness, response: A letter, decided_by: Manager}
              - {level: 2, trigger: Threats, response: A talk, decided_by: Manager, letter: false}
            """)).policy)
        #expect(LetterContext.steps(of: off) == [1])
        var spoken = off
        spoken.consequences.ladder[0].letter = false
        #expect {
            try Self.builder.get().build(for: spoken, options: BuildOptions(documents: [.letter], formats: [.html]))
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message.hasPrefix("every step of 'consequences.ladder' has 'letter: false'") == true
        }
        let wrong = load(minimal(plus: """
            consequences:
              - {level: 1, trigger: Rudeness, response: A talk, decided_by: Manager, letter: maybe}
            """))
        #expect(wrong.hasErrors)
    }

    @Test(arguments: PrintTools.exampleNames, [PaperSize.a4, .letter])
    func eachLetterFitsOnePage(example: String, paper: PaperSize) throws {
        let policy = try PrintTools.examplePolicy(example)
        let filler = try Self.builder.get().filler
        for language in try Self.letterLanguages(policy) {
            for step in LetterContext.steps(of: policy) {
                let markdown = try filler.letterMarkdown(step: step, policy: policy, language: language)
                let fit = PageFit(style: DocumentKind.letter.style, sheet: paper.sheet, hasLogo: policy.organisation.logo != nil, hasQRCode: false)
                #expect(fit.pages(of: markdown) == 1, "\(example) step \(step) (\(language.code)) on \(paper)")
            }
        }
        let warnings = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [.letter], formats: [.markdown], paper: paper)).warnings
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func aLetterThatCannotFitOnePageIsAWarningInEveryBuild() throws {
        var policy = TemplateFixtures.fullPolicy()
        policy.clientExpectations.notAccepted = (1...120).map { NotAcceptedBehaviour(behaviour: LocalizedText("Behaviour number \($0) described at some length")) }
        let warnings = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [.letter], formats: [.markdown])).warnings
        #expect(warnings.contains { $0.message.hasPrefix("letter-step-2 would print on ") && $0.message.contains(", not one;") }, "\(warnings)")
    }

    @Test(arguments: PrintTools.exampleNames)
    func theEnglishLettersMeetTheClientReadingGrade(example: String) throws {
        let policy = try PrintTools.examplePolicy(example)
        let filler = try Self.builder.get().filler
        for step in LetterContext.steps(of: policy) {
            let grade = ReadingLevel.measure(markdown: try filler.letterMarkdown(step: step, policy: policy, language: .english)).grade
            #expect(grade <= Double(policy.documents.maxReadingGrade), "\(example) step \(step): grade \(grade)")
        }
        let report = try ReadabilityCheck.report(for: policy, filler: filler)
        #expect(report.grades.contains { $0.document == .letter })
    }

    /// Settings values reach the letter's heading line, list, tick boxes and signature
    /// block: they stay text in HTML, plain text, Markdown and Word alike.
    @Test func hostileValuesStayTextInEveryLetterFormat() throws {
        let base = TemplateFixtures.fullPolicy()
        func build(_ policy: Policy) throws -> [OutputFormat: String] {
            let files = try Self.builder.get().build(for: policy, options: BuildOptions(documents: [.letter], formats: [.html, .text, .markdown, .docx])).files
            var byFormat: [OutputFormat: String] = [:]
            for format in [OutputFormat.html, .text, .markdown] {
                byFormat[format] = String(decoding: try #require(files.first { $0.name == "letter-step-3.\(format.fileExtension)" }).bytes, as: UTF8.self)
            }
            byFormat[.docx] = try WordDocumentTests.part("word/document.xml", of: try #require(files.first { $0.name == "letter-step-3.docx" }).bytes)
            return byFormat
        }
        let harmless = try build(TemplateFixtures.withEveryText(base) { "Value \($0)z" })
        func shape(_ html: String) -> [Int] {
            ["<tr", "<td", "<th", "form-box", "<li", "form-field", "<a ", "<script", "<em>", "<strong>", "<h2"].map { html.components(separatedBy: $0).count }
        }
        func wordShape(_ xml: String) -> [Int] {
            ["<w:p>", "<w:p ", "<w:tbl>", "<w:hyperlink", "<w:fldSimple", "<w:instrText"].map { xml.components(separatedBy: $0).count }
        }
        for value in ["<script>alert(1)</script> | x", "[ ] Yes [ ] No | [row] y", "*a* `b` [c](javascript:x) \\| \\\\", "&lt;i&gt; \n[tick] z", "<w:p><w:r><w:t>x</w:t></w:r></w:p>"] {
            let hostile = try build(TemplateFixtures.withEveryText(base) { "\(value) \($0)z" })
            let shown = MarkdownEscaper.normalisedText(value)
            #expect(shape(hostile[.html]!) == shape(harmless[.html]!), "\(value)")
            #expect(hostile[.html]!.contains(HTMLEscaping.escape(shown)), "\(value)")
            #expect(Self.flat(hostile[.text]!).contains(Self.flat(shown)), "\(value)")
            #expect(TemplateFixtures.structure(of: hostile[.markdown]!) == TemplateFixtures.structure(of: harmless[.markdown]!), "\(value)")
            #expect(TemplateFixtures.visibleText(of: hostile[.markdown]!).contains(shown), "\(value)")
            #expect(wordShape(hostile[.docx]!) == wordShape(harmless[.docx]!), "\(value)")
            #expect(!hostile[.docx]!.contains("<w:t>x</w:t>"), "\(value)")
        }
    }

    @Test func aClientsNameAndTheDateFillOnlyTheLetterAskedFor() throws {
        let policy = try PrintTools.examplePolicy("harbourview-ca")
        let builder = try Self.builder.get()
        let named = try builder.letter(
            step: 3, for: policy, language: .french, options: BuildOptions(documents: [.letter], formats: [.text]),
            clientName: "Camille <b>Roy</b>", date: CalendarDate(iso: "2026-03-02"))
        let text = Self.flat(String(decoding: named.files[0].bytes, as: UTF8.self))
        #expect(named.files.map(\.name) == ["letter-step-3.fr.txt"])
        #expect(text.contains("À : Camille <b>Roy</b>"))
        #expect(text.contains("Date : 2 mars 2026"))
        #expect(!text.contains("À ____"))
        // A build's own letters keep their blanks.
        let built = try Self.texts(policy)
        #expect(Self.flat(built["letter-step-3.txt"]!).contains("To ____"))
        #expect(Self.flat(built["letter-step-3.txt"]!).contains("Date ____"))
    }
}
