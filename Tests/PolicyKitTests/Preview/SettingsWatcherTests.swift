import Foundation
import Testing
@testable import PolicyKitPreview

/// Saving the settings, a base they extend or a template rebuilds the preview once per
/// burst of saves; nothing is rebuilt while nothing changes.
@Suite(.serialized)
struct SettingsWatcherTests {
    /// Runs the watcher on `settings` while `body` changes files, then stops it and
    /// returns how many builds were shown after the first.
    func rebuilds(settings: String, templates: String? = nil, _ body: () async throws -> Void) async throws -> Int {
        let state = PreviewState(settingsPath: settings)
        let first = PreviewBuild(settings: settings, templatesFolder: templates)
        await state.show(first)
        // A long quiet period, so a slow machine cannot split the test's burst in two.
        let watcher = SettingsWatcher(settings: settings, templatesFolder: templates, pollInterval: .milliseconds(10), quietPeriod: .milliseconds(300))
        let task = Task { await watcher.run(showingIn: state, first: first) { _ in } }
        try await Task.sleep(for: .milliseconds(100))
        try await body()
        try await Task.sleep(for: .milliseconds(900))
        task.cancel()
        await task.value
        return await state.builds - 1
    }

    @Test func aBurstOfSavesGivesOneRebuild() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let count = try await rebuilds(settings: settings) {
            for number in 1...10 {
                try folder.write("settings.yaml", minimalSettings.replacingOccurrences(of: "Services", with: "Services \(number)"))
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        #expect(count == 1)
    }

    @Test func nothingSavedMeansNoRebuild() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        #expect(try await rebuilds(settings: settings) {} == 0)
    }

    @Test func savingTheBaseRebuilds() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", minimalSettings)
        let site = try folder.write("site.yaml", "extends: base.yaml\n")
        let count = try await rebuilds(settings: site) {
            try folder.write("base.yaml", minimalSettings.replacingOccurrences(of: "1.0", with: "1.1"))
        }
        #expect(count == 1)
    }

    @Test func addingATemplateRebuilds() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        try folder.write("templates/README.txt", "Templates for the preview test.\n")
        let count = try await rebuilds(settings: settings, templates: "\(folder.path)/templates") {
            try folder.write("templates/en/poster.md", "# {{organisation.name}}\n")
        }
        #expect(count == 1)
    }

    @Test func deletingTheFileAndSavingItAgainRebuildsEachTime() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let state = PreviewState(settingsPath: settings)
        let first = PreviewBuild(settings: settings, templatesFolder: nil)
        await state.show(first)
        let watcher = SettingsWatcher(settings: settings, templatesFolder: nil, pollInterval: .milliseconds(10), quietPeriod: .milliseconds(50))
        let task = Task { await watcher.run(showingIn: state, first: first) { _ in } }
        defer { task.cancel() }
        try FileManager.default.removeItem(atPath: settings)
        #expect(try await waitFor(state) { $0.latestFailed && $0.diagnostics.first?.message.hasPrefix("no such file") == true })
        try folder.write("settings.yaml", minimalSettings.replacingOccurrences(of: "Harbourview", with: "Seaview"))
        #expect(try await waitFor(state) { !$0.latestFailed && $0.documents.first?.text.contains("Seaview") == true })
    }

    /// Waits up to five seconds for the shown state to pass `test`.
    func waitFor(_ state: PreviewState, _ test: (PreviewState.Snapshot) -> Bool) async throws -> Bool {
        for _ in 0..<500 {
            if test(await state.snapshot) { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}
