import Testing
@testable import PolicyKit

@Suite struct ReadabilityCheckTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    static func policy(_ extra: String = "") throws -> Policy {
        let settings = """
            organisation:
              name: Lakeside Family Centre
              jurisdiction: US
            policy:
              version: "1.0"
              effective_date: 2026-03-02

            """ + extra
        let result = SettingsLoader.load(Array(settings.utf8), path: "settings.yaml", today: today)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.policy)
    }

    @Test func theBuiltInEnglishPosterReadsAtGradeSevenOrBelow() throws {
        let report = try ReadabilityCheck.report(for: try Self.policy())
        let poster = try #require(report.grades.first { $0.document == .poster })
        #expect(poster.grade <= 7)
        #expect(poster.maximum == 7)
        #expect(report.diagnostics(path: "settings.yaml").isEmpty)
    }

    /// Spanish and French client documents are measured with their own language's reading
    /// ease; Spanish wording of the organisation's own that reads hard gets a warning.
    @Test func hardSpanishWordingIsReportedByItsReadingEase() throws {
        let plain = try ReadabilityCheck.report(for: try Self.policy("languages: [en, es, fr]\n"))
        // The code of conduct and the letters in each; the lobby poster is too short to score.
        #expect(plain.ease.map(\.language.code) == ["es", "es", "fr", "fr"])
        #expect(plain.ease.map(\.document) == [.codeOfConduct, .letter, .codeOfConduct, .letter])
        #expect(plain.ease.allSatisfy { !$0.isTooHard })
        #expect(plain.diagnostics(path: "settings.yaml").isEmpty)

        let hard = "La organización considera imprescindible la observancia escrupulosa de las disposiciones reglamentarias correspondientes, independientemente de las circunstancias particulares, administrativas, económicas o institucionales concurrentes"
        let items = (1...8).map { "    - {en: Be kind., es: \"\(hard) \($0).\"}" }.joined(separator: "\n")
        let report = try ReadabilityCheck.report(for: try Self.policy("languages: [en, es]\nclient_expectations:\n  acceptable:\n\(items)\n"))
        let spanish = try #require(report.ease.first)
        #expect(spanish.measure == "Fernández-Huerta" && spanish.minimum == 70 && spanish.isTooHard)
        let warning = try #require(report.diagnostics(path: "settings.yaml").first)
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("the Spanish code of conduct has a reading ease of "))
        #expect(warning.message.hasSuffix("(Fernández-Huerta), below the 70.0 clients need; use shorter sentences and plainer words in the Spanish texts clients read"))
    }

    @Test func everyExamplePosterReadsAtGradeSevenOrBelow() throws {
        for example in PrintTools.exampleNames {
            let report = try ReadabilityCheck.report(for: try PrintTools.examplePolicy(example))
            #expect(report.grades.allSatisfy { !$0.isTooHard }, "\(example): \(report.grades)")
        }
    }

    @Test func aGradeAboveTheSettingsMaximumIsAWarning() throws {
        let report = try ReadabilityCheck.report(for: try Self.policy("documents:\n  max_reading_grade: 3\n"))
        let diagnostics = report.diagnostics(path: "settings.yaml")
        // The poster, the code of conduct and the letters: the documents clients read.
        #expect(diagnostics.count == 3)
        #expect(diagnostics.contains { $0.message.hasPrefix("the consequence letter reads at grade ") })
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.path == "settings.yaml")
        #expect(diagnostics.first?.message.contains("above the maximum of 3 ('documents.max_reading_grade')") == true)
    }

    @Test func longWordsInTheSettingsRaiseTheGrade() throws {
        let plain = try ReadabilityCheck.report(for: try Self.policy()).grades[0].grade
        let dense = try ReadabilityCheck.report(for: try Self.policy("""
            client_expectations:
              not_accepted:
                - Comprehensive individualised intimidation notwithstanding organisational administrative considerations, institutional accountability requirements and interdisciplinary collaborative responsibilities

            """)).grades[0]
        #expect(dense.grade > plain)
        #expect(dense.isTooHard)
    }

    @Test func theContrastOfEveryBuiltInColourPairPasses() throws {
        let report = try ReadabilityCheck.report(for: try Self.policy())
        #expect(report.colourPairs.count >= 10)
        #expect(report.failingColourPairs.isEmpty)
    }

    @Test func gradesPrintWithOneDecimalPlace() {
        #expect(ReadabilityReport.formatted(6.24) == "6.2")
        #expect(ReadabilityReport.formatted(7) == "7.0")
        #expect(ReadabilityReport.formatted(-0.35) == "-0.4")
    }
}
