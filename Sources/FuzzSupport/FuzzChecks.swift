import PolicyKit

/// What each fuzz target does with one input, kept here so the regression tests run
/// saved inputs through exactly the same checks. Each check returns what went wrong,
/// nothing when all is well: the fuzz targets stop on a failure (a trap is what libFuzzer
/// records as a crash), and the tests report it like any other failed expectation.
public enum FuzzChecks {
    /// Any bytes as a settings file: a tree or diagnostics, each diagnostic located
    /// inside the file, and a tree that converts to JSON or says why not.
    public static func settingsParser(_ bytes: [UInt8]) -> [String] {
        var failures: [String] = []
        do {
            if let node = try SettingsParser.parse(bytes, path: "fuzz.yaml") {
                if node.range.start.offset > bytes.count { failures.append("node starts past the end of the file") }
                _ = try? JSONOutput.encode(node, path: "fuzz.yaml")
            }
        } catch {
            if error.diagnostics.isEmpty { failures.append("a parse error without a diagnostic") }
            for diagnostic in error.diagnostics {
                guard let location = diagnostic.location else { continue }
                if location.line < 1 || location.column < 1 { failures.append("diagnostic at \(location)") }
                if location.offset > bytes.count { failures.append("diagnostic past the end of the file") }
            }
            _ = DiagnosticFormatter(sources: ["fuzz.yaml": bytes]).format(error.diagnostics)
        }
        return failures
    }

    /// Any bytes as a settings file, through schema, filling and both renderers: invalid
    /// settings give at least one error; valid settings give every document in every
    /// format, none empty.
    public static func pipeline(_ bytes: [UInt8]) -> [String] {
        let today = CalendarDate(year: 2026, month: 1, day: 1)!
        let loaded = SettingsLoader.load(bytes, path: "fuzz.yaml", today: today)
        _ = DiagnosticFormatter(sources: ["fuzz.yaml": bytes]).format(loaded.diagnostics)
        guard let policy = loaded.policy, !loaded.hasErrors else {
            return loaded.hasErrors ? [] : ["no policy and no error"]
        }
        let builder: DocumentBuilder
        do {
            builder = try checkedTemplates.get()
        } catch {
            return ["the built-in templates do not check: \(error.diagnostics)"]
        }
        do {
            return builtFileFailures(try builder.build(for: policy).files)
        } catch {
            return ["valid settings failed to build: \(error.diagnostics)"]
        }
    }

    /// What is wrong with the files built from valid settings: a document missing in one
    /// of the standard formats, or an empty file.
    public static func builtFileFailures(_ files: [OutputFile]) -> [String] {
        var failures: [String] = []
        // Letters are named for their step, and a ladder may give every step in speech.
        for kind in DocumentKind.standard where kind != .letter {
            for format in OutputFormat.standard {
                let name = "\(kind.rawValue).\(format.fileExtension)"
                if !files.contains(where: { $0.name == name }) { failures.append("\(name) is missing") }
            }
        }
        for file in files where file.bytes.isEmpty {
            failures.append("\(file.name) is empty")
        }
        return failures
    }

    /// Any bytes as Markdown. The first byte chooses the line width, so narrow and wide
    /// wrapping are both explored; the rest is the document.
    public static func textRenderer(_ bytes: [UInt8]) -> [String] {
        var failures: [String] = []
        let width = bytes.first.map { 1 + Int($0) } ?? 72
        let markdown = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
        if text.utf8.contains(0) { failures.append("plain text holds a NUL") }
        let html = MarkdownRenderer.html(fromMarkdown: markdown)
        if html.contains("<script") { failures.append("raw HTML reached the output") }
        return failures
    }

    /// The templates are checked once; every input then runs the rest of the pipeline.
    private static let checkedTemplates = Result { () throws(DiagnosticList) in try DocumentBuilder() }
}
