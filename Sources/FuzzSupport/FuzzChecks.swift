import PolicyKit

/// What each fuzz target does with one input, kept here so the regression tests run
/// saved inputs through exactly the same checks. Each check returns normally or stops
/// the program (a trap is what libFuzzer records as a crash).
public enum FuzzChecks {
    /// Any bytes as a settings file: a tree or diagnostics, each diagnostic located
    /// inside the file, and a tree that converts to JSON or says why not.
    public static func settingsParser(_ bytes: [UInt8]) {
        do {
            if let node = try SettingsParser.parse(bytes, path: "fuzz.yaml") {
                precondition(node.range.start.offset <= bytes.count, "node starts past the end of the file")
                _ = try? JSONOutput.encode(node, path: "fuzz.yaml")
            }
        } catch {
            precondition(!error.diagnostics.isEmpty, "a parse error without a diagnostic")
            for diagnostic in error.diagnostics {
                guard let location = diagnostic.location else { continue }
                precondition(location.line >= 1 && location.column >= 1, "diagnostic at \(location)")
                precondition(location.offset <= bytes.count, "diagnostic past the end of the file")
            }
            _ = DiagnosticFormatter(sources: ["fuzz.yaml": bytes]).format(error.diagnostics)
        }
    }

    /// Any bytes as a settings file, through schema, filling and both renderers: invalid
    /// settings give at least one error; valid settings give every document in every
    /// format, none empty.
    public static func pipeline(_ bytes: [UInt8]) {
        let today = CalendarDate(year: 2026, month: 1, day: 1)!
        let loaded = SettingsLoader.load(bytes, path: "fuzz.yaml", today: today)
        _ = DiagnosticFormatter(sources: ["fuzz.yaml": bytes]).format(loaded.diagnostics)
        guard let policy = loaded.policy, !loaded.hasErrors else {
            precondition(loaded.hasErrors, "no policy and no error")
            return
        }
        do {
            let files = try builder.build(for: policy).files
            for kind in DocumentKind.allCases {
                for format in OutputFormat.standard {
                    let name = "\(kind.rawValue).\(format.fileExtension)"
                    precondition(files.contains { $0.name == name }, "\(name) is missing")
                }
            }
            for file in files {
                precondition(!file.bytes.isEmpty, "\(file.name) is empty")
            }
        } catch {
            fatalError("valid settings failed to build: \(error.diagnostics)")
        }
    }

    /// Any bytes as Markdown. The first byte chooses the line width, so narrow and wide
    /// wrapping are both explored; the rest is the document.
    public static func textRenderer(_ bytes: [UInt8]) {
        let width = bytes.first.map { 1 + Int($0) } ?? 72
        let markdown = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let text = MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
        precondition(!text.utf8.contains(0), "plain text holds a NUL")
        let html = MarkdownRenderer.html(fromMarkdown: markdown)
        precondition(!html.contains("<script"), "raw HTML reached the output")
    }

    /// The templates are checked once; every input then runs the rest of the pipeline.
    private static let builder: DocumentBuilder = {
        do throws(DiagnosticList) {
            return try DocumentBuilder()
        } catch {
            fatalError("the built-in templates do not check: \(error.diagnostics)")
        }
    }()
}
