import Foundation
import Testing
@testable import PolicyKit

/// Each example organisation commits its documents; these tests are their golden files.
/// A change to templates, renderers or settings that alters a document fails here until
/// `make examples` rebuilds them, so a reviewer sees every change in the output.
@Suite struct ExampleDocumentsTests {
    static let examples: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    static var names: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: examples.path).filter {
            FileManager.default.fileExists(atPath: examples.appendingPathComponent("\($0)/settings.yaml").path)
        }.sorted()) ?? []
    }

    @Test func everyJurisdictionHasAnExample() throws {
        var jurisdictions = Set<Jurisdiction>()
        for name in Self.names {
            let result = SettingsLoader.loadFile(atPath: Self.examples.appendingPathComponent("\(name)/settings.yaml").path, today: CalendarDate(year: 2026, month: 1, day: 1)!)
            jurisdictions.insert(try #require(result.policy).organisation.jurisdiction)
        }
        #expect(jurisdictions == Set(Jurisdiction.allCases))
    }

    @Test(arguments: names)
    func committedDocumentsAreCurrent(example: String) throws {
        let folder = Self.examples.appendingPathComponent(example)
        let result = SettingsLoader.loadFile(atPath: folder.appendingPathComponent("settings.yaml").path, today: CalendarDate(year: 2026, month: 1, day: 1)!)
        let policy = try #require(result.policy)
        // An example that keeps its previous version in history/ also commits its changes document.
        let history = folder.appendingPathComponent("history/2.0.yaml").path
        var options = BuildOptions()
        if FileManager.default.fileExists(atPath: history) {
            options.changesFrom = try #require(SettingsLoader.loadFile(atPath: history, today: CalendarDate(year: 2026, month: 1, day: 1)!).policy)
            options.documents.append(.changes)
        }
        let files = try DocumentBuilder().build(for: policy, options: options).files
        // Each language gets the documents it has templates for, the changes document in
        // each staff language when asked for, three formats each: at least every standard
        // document in the primary language and both client documents in every other one.
        // The single `letter` kind stands for one letter per step given in writing.
        let filler = try DocumentFiller()
        let documents = policy.languages.map { language in
            options.documents.filter { $0 != .letter && filler.hasTemplate(for: $0, in: language) }.count
        }.reduce(0, +)
        let letters = options.documents.contains(.letter)
            ? LetterContext.steps(of: policy).count * policy.languages.filter { filler.hasTemplate(for: .letter, in: $0) }.count
            : 0
        #expect(files.count == 3 * (documents + letters))
        let clientDocuments = DocumentKind.standard.filter { $0.audience == .clients && $0 != .letter }.count
        #expect(documents >= DocumentKind.standard.count - 1 + clientDocuments * (policy.languages.count - 1))
        let stale = try OutputFolder(path: folder.appendingPathComponent("documents").path).staleFiles(comparedWith: files)
        #expect(stale.isEmpty, "out of date in Examples/\(example)/documents: \(stale); run `make examples`")
    }

    @Test func oneExampleCommitsWhatChangedInItsVersion() throws {
        let changes = try String(contentsOf: Self.examples.appendingPathComponent("harbourview-ca/documents/changes.txt"), encoding: .utf8)
        #expect(changes.hasPrefix("What changed in version 2.1\n"))
        #expect(changes.contains("- During visits, workers now check in every hour (was every 2 hours).\n"))
        let french = try String(contentsOf: Self.examples.appendingPathComponent("harbourview-ca/documents/changes.fr.txt"), encoding: .utf8)
        #expect(french.hasPrefix("Ce qui change dans la version 2.1\n"))
    }
}
