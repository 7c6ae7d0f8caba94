#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PolicyKit

/// One build of the previewed settings, in memory: the HTML of every document in every
/// language, or the problems that stopped it, and which files it read.
struct PreviewBuild: Sendable {
    /// Every document, in the order the build made them; nil when the build failed.
    var documents: [PreviewDocument]?
    /// Errors first, then warnings, as the page lists them.
    var diagnostics: [ShownDiagnostic]
    /// The settings file and each base it extends, as read by this build: the files to watch.
    var settingsFiles: Set<String>
    /// The watched files as this build found them. The settings file and the templates
    /// are stamped before they are read, so a save made during the build is seen after it.
    var stamps: FileStamps

    var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// Loads `settings` (following `extends`), reads the templates of `templatesFolder`
    /// over the built-in ones, and builds every document as HTML. Reads, never writes.
    init(settings: String, templatesFolder: String?, today: CalendarDate = .todayUTC()) {
        let before = FileStamps(files: [settings], folders: templatesFolder.map { [$0] } ?? [])
        let loaded = SettingsLoader.loadFile(atPath: settings, today: today)
        settingsFiles = Set(loaded.sources.keys).union([settings])
        stamps = before.adding(files: settingsFiles)
        var found = loaded.diagnostics
        var sources = loaded.sources
        var documents: [PreviewDocument]?
        if let policy = loaded.policy, !loaded.hasErrors {
            do throws(DiagnosticList) {
                let templates = try templatesFolder.map { folder throws(DiagnosticList) in try TemplateSet.builtIn(overriddenBy: folder) } ?? .builtIn
                let output = try DocumentBuilder(templates: templates).build(for: policy, options: BuildOptions(formats: [.html]))
                documents = output.files.map { PreviewDocument(file: $0, primaryLanguage: policy.primaryLanguage) }
                found += output.warnings
            } catch {
                found += error.diagnostics
                if let templatesFolder { Self.addTemplateSources(of: error.diagnostics, in: templatesFolder, to: &sources) }
            }
        }
        let formatter = DiagnosticFormatter(sources: sources)
        let ordered = found.filter { $0.severity == .error } + found.filter { $0.severity == .warning }
        diagnostics = ordered.map { ShownDiagnostic($0, formatter: formatter) }
        self.documents = documents
    }

    /// The text of the template files the diagnostics point into, so their lines can be
    /// shown; only files inside the templates folder are read.
    private static func addTemplateSources(of diagnostics: [Diagnostic], in folder: String, to sources: inout [String: [UInt8]]) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for path in Set(diagnostics.compactMap(\.path)) where sources[path] == nil && path.hasPrefix(prefix) && !path.contains("/../") {
            guard let data = FileManager.default.contents(atPath: path), data.count <= SettingsLoader.maximumSize else { continue }
            sources[path] = Array(data)
        }
    }
}
