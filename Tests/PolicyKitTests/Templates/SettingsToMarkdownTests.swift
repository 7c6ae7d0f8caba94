import Foundation
import Testing
@testable import PolicyKit

/// From settings text to filled Markdown, as `policykit build` will do it.
@Suite struct SettingsToMarkdownTests {
    static let today = CalendarDate(year: 2026, month: 6, day: 1)!
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    private func policy(from text: String) throws -> Policy {
        // Read as if beside the examples, where the logo they name is.
        let result = SettingsLoader.load(Array(text.utf8), path: Self.examples.appendingPathComponent("harbourview-ca/settings.yaml").path, today: Self.today)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return try #require(result.policy)
    }

    private static func minimalSettings(_ jurisdiction: Jurisdiction) -> String {
        """
        organisation:
          name: Harbourview Community Services
          jurisdiction: \(jurisdiction.rawValue)
        policy:
          version: "1.0"
          effective_date: 2026-01-15
        """
    }

    @Test(arguments: Jurisdiction.allCases)
    func aMinimalSettingsFileGivesCompleteDocuments(_ jurisdiction: Jurisdiction) throws {
        let policy = try policy(from: Self.minimalSettings(jurisdiction))
        let filler = try DocumentFiller()
        for kind in DocumentKind.allCases {
            let markdown = try filler.markdown(for: kind, policy: policy)
            #expect(markdown.contains("Harbourview Community Services"))
            #expect(!markdown.contains("{{"))
        }
        let poster = try filler.markdown(for: .poster, policy: policy)
        #expect(poster.contains("In danger? Call\n> **\(jurisdiction.defaultEmergencyNumbers.emergencyNumber)**"))
        let grade = ReadingLevel.measure(markdown: poster).grade
        #expect(grade <= 7, "grade \(grade)")
    }

    @Test func everyExampleOrganisationFillsEveryDocument() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).sorted()
        #expect(!folders.isEmpty)
        let filler = try DocumentFiller()
        for folder in folders {
            let path = Self.examples.appendingPathComponent(folder).appendingPathComponent("settings.yaml").path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let policy = try policy(from: try String(contentsOfFile: path, encoding: .utf8))
            for kind in DocumentKind.allCases {
                let markdown = try filler.markdown(for: kind, policy: policy)
                #expect(markdown.contains(MarkdownEscaper.escape(policy.organisation.name.en)), "\(folder) \(kind)")
            }
            let grade = ReadingLevel.measure(markdown: try filler.markdown(for: .poster, policy: policy)).grade
            #expect(grade <= 7, "\(folder): grade \(grade)")
        }
    }

    @Test func settingsChooseWhatTheDocumentsSay() throws {
        let text = Self.minimalSettings(.canada) + """

        premises:
          security_guard: false
        reporting:
          incident_report_hours: 48
        visits:
          home_visits: false
        """
        let policy = try policy(from: text)
        let filler = try DocumentFiller()
        for kind in DocumentKind.allCases {
            let markdown = try filler.markdown(for: kind, policy: policy)
            #expect(!markdown.lowercased().contains("guard"), "\(kind)")
            #expect(!markdown.contains("Home and field visits"), "\(kind)")
        }
        #expect(try filler.markdown(for: .handbook, policy: policy).contains("within 48 hours"))
    }
}
