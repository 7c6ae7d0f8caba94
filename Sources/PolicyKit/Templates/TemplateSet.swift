/// The templates documents are filled from, keyed by path relative to the templates
/// folder (`en/poster.md`, `en/partials/reporting.md`). Each is Markdown with Mustache
/// tags naming settings values (`TemplateSet.names`); a name the settings do not define
/// fails the build at its line.
///
/// ```swift
/// let templates = try TemplateSet.builtIn(overriddenBy: "my-templates")
/// let builder = try DocumentBuilder(templates: templates)
/// _ = try TemplateSet.builtIn.export(to: "exported", overwrite: false)
/// ```
public struct TemplateSet: Sendable {
    /// Template text by relative path.
    public private(set) var sources: [String: String]
    /// What diagnostics call each template: its relative path for a built-in template,
    /// the file's path for one read from a folder.
    private(set) var displayPaths: [String: String]

    /// Whether these are exactly the templates compiled into PolicyKit, which are then
    /// read and checked once however many builders use them.
    private(set) var isBuiltIn = false

    /// Templates given as text by relative path, such as `["en/poster.md": "# {{organisation.name}}"]`.
    /// English needs a template for every document; other languages need at least those clients read.
    ///
    /// ```swift
    /// var sources = TemplateSet.builtIn.sources
    /// sources["en/poster.md"] = "# {{organisation.name}}\n\nPlease treat our staff with respect.\n"
    /// let builder = try DocumentBuilder(templates: TemplateSet(sources: sources))
    /// ```
    public init(sources: [String: String]) {
        self.sources = sources
        self.displayPaths = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, $0) })
    }

    /// The templates compiled into PolicyKit: every document in English, the client documents in
    /// every language PolicyKit has, and the card and change summary in French and Spanish.
    public static var builtIn: TemplateSet {
        var set = TemplateSet(sources: builtInTemplateSources)
        set.isBuiltIn = true
        return set
    }

    /// The built-in templates, with every `.md` file under `folder` replacing the built-in
    /// template of the same relative path (or adding one, such as a new partial).
    ///
    /// ```swift
    /// // my-templates/en/poster.md replaces the built-in English poster.
    /// let templates = try TemplateSet.builtIn(overriddenBy: "my-templates")
    /// ```
    public static func builtIn(overriddenBy folder: String) throws(DiagnosticList) -> TemplateSet {
        var set = TemplateSet.builtIn
        for (relative, file) in try markdownFiles(in: folder) {
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.contents(of: file)
            } catch {
                throw DiagnosticList([.error("cannot read template file: \(error.message)", path: file)])
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw DiagnosticList([.error("template file is not UTF-8 text", path: file)])
            }
            set.sources[relative] = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            set.displayPaths[relative] = file
            set.isBuiltIn = false
        }
        return set
    }

    /// Relative path and full path of every `.md` file under `folder`, sorted.
    private static func markdownFiles(in folder: String) throws(DiagnosticList) -> [(String, String)] {
        switch FileSystem.kind(of: folder) {
        case .missing: throw DiagnosticList([.error("templates folder '\(folder)' does not exist")])
        case .file: throw DiagnosticList([.error("templates folder '\(folder)' is not a folder")])
        case .folder: break
        }
        let files: [String]
        do {
            files = try FileSystem.files(below: folder)
        } catch {
            throw DiagnosticList([.error("cannot read templates folder '\(folder)': \(error.message)")])
        }
        return files.filter { $0.hasSuffix(".md") }.map { ($0, PathNames.appending($0, to: folder)) }.sorted { $0.0 < $1.0 }
    }

    /// Every name a template can use, sorted, with what it holds ("text", "list of ...").
    /// A template naming anything else fails to check, with its path and line.
    ///
    /// ```swift
    /// for (name, holds) in TemplateSet.names { print("{{\(name)}}: \(holds)") }
    /// ```
    public static var names: [(name: String, holds: String)] {
        TemplateContext.shape.reference().map { ($0.name, $0.kind) }
    }

    /// Each template's bytes under the path its diagnostics use, for `DiagnosticFormatter`
    /// to show the offending line with a caret.
    var diagnosticSources: [String: [UInt8]] {
        var sourcesByPath: [String: [UInt8]] = [:]
        for (key, text) in sources { sourcesByPath[displayPaths[key] ?? key] = Array(text.utf8) }
        return sourcesByPath
    }

    /// Languages the set has templates for: its top-level folders (`en`).
    var languages: [String] {
        Set(sources.keys.compactMap { key in key.firstIndex(of: "/").map { String(key[..<$0]) } }).sorted()
    }

    /// Writes every template into `folder` under its relative path, creating folders as
    /// needed. Existing files are kept, and reported, unless `overwrite` is set; then nothing
    /// is written at all.
    /// - Returns: the paths written, sorted.
    ///
    /// ```swift
    /// // A starting point for an organisation's own wording: edit, then build with `--templates`.
    /// let written = try TemplateSet.builtIn.export(to: "my-templates", overwrite: false)
    /// ```
    public func export(to folder: String, overwrite: Bool) throws(DiagnosticList) -> [String] {
        let keys = sources.keys.sorted()
        let targets = keys.map { PathNames.appending($0, to: folder) }
        if !overwrite {
            let existing = targets.filter { FileSystem.kind(of: $0) != .missing }
            if !existing.isEmpty {
                throw DiagnosticList(existing.map { .error("file already exists; use --force to replace it", path: $0) })
            }
        }
        for (key, target) in zip(keys, targets) {
            do {
                try FileSystem.makeFolders(PathNames.folder(of: target))
                try FileSystem.replace(target, with: Array(sources[key]!.utf8))
            } catch {
                throw DiagnosticList([.error("cannot write template: \(error.message)", path: target)])
            }
        }
        return targets
    }
}
