import Testing
@testable import PolicyKit

@Suite struct DocumentSettingsTests {
    static func load(_ extra: String) -> LoadResult {
        let settings = """
            organisation:
              name: Lakeside Family Centre
              jurisdiction: CA
            policy:
              version: "1.0"
              effective_date: 2026-03-02

            """ + extra
        return SettingsLoader.load(Array(settings.utf8), path: "settings.yaml", today: CalendarDate(year: 2026, month: 1, day: 1)!)
    }

    @Test func withoutTheSectionTheJurisdictionChoosesThePaperAndTheGradeIsSeven() throws {
        let policy = try #require(Self.load("").policy)
        #expect(policy.documents == DocumentSettings(paper: nil, maxReadingGrade: 7))
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html])).files
        #expect(String(decoding: files[0].bytes, as: UTF8.self).contains("@page { size: letter;"))
    }

    @Test func theSettingsChooseThePaperAndBuildPaperOverridesIt() throws {
        let policy = try #require(Self.load("documents:\n  paper: A4\n  max_reading_grade: 6\n").policy)
        #expect(policy.documents == DocumentSettings(paper: .a4, maxReadingGrade: 6))
        let builder = try DocumentBuilder()
        let fromSettings = try builder.build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html])).files
        #expect(String(decoding: fromSettings[0].bytes, as: UTF8.self).contains("@page { size: A4;"))
        let overridden = try builder.build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html], paper: .letter)).files
        #expect(String(decoding: overridden[0].bytes, as: UTF8.self).contains("@page { size: letter;"))
    }

    @Test func anUnknownPaperOrGradeIsAnErrorAtItsLine() {
        let result = Self.load("documents:\n  paper: legal\n  max_reading_grade: 0\n")
        #expect(result.policy == nil)
        let errors = result.errors
        #expect(errors.count == 2)
        #expect(errors.first?.message == "unknown paper size 'legal'; use a4 or letter")
        #expect(errors.first?.location?.line == 8)
        #expect(errors.last?.location?.line == 9)
    }

    @Test func anUnknownKeySuggestsTheNearest() {
        let result = Self.load("documents:\n  max_reading_grad: 6\n")
        #expect(result.errors.first?.message.contains("max_reading_grade") == true)
    }
}
