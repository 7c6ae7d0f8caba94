import PolicyKit

/// The preview's own page: the problems of the latest build, then a tab for each
/// document and language and the chosen document in a frame. Every piece of text that
/// comes from the user's files is escaped; the page loads nothing but its own script,
/// stylesheet and documents.
struct PreviewPage {
    var snapshot: PreviewState.Snapshot
    /// The `document` the address asks for (`poster.fr`); the first document otherwise.
    var selected: String?

    var html: String {
        let documents = snapshot.documents
        let shown = documents.first { $0.id == selected } ?? documents.first
        var page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Preview: \(HTMLEscaping.escape(snapshot.settingsPath))</title>
            <link rel="stylesheet" href="/preview.css">
            <script src="/preview.js" defer></script>
            </head>
            <body data-version="\(HTMLEscaping.escape(snapshot.version))">
            <header>
            <h1>Preview of <code>\(HTMLEscaping.escape(snapshot.settingsPath))</code></h1>
            <p id="status">\(status)</p>
            <p id="offline" hidden>The preview is not answering. Is <code>policykit preview</code> still running?</p>
            </header>

            """
        page += problems
        if let shown {
            page += "<nav aria-label=\"Documents\">\n"
            for document in documents {
                let current = document.id == shown.id ? " aria-current=\"page\"" : ""
                page += "<a href=\"/?document=\(HTMLEscaping.escape(document.id))\"\(current)>\(HTMLEscaping.escape(document.title)) <span>\(HTMLEscaping.escape(document.language))</span></a>\n"
            }
            page += "</nav>\n"
            let name = "\(shown.title) (\(shown.language))"
            page += """
                <div class="toolbar">
                <button type="button" id="print">Print \(HTMLEscaping.escape(name))</button>
                <a href="/documents/\(HTMLEscaping.escape(shown.fileName))" target="_blank" rel="noopener">Open on its own</a>
                </div>
                <iframe id="document" src="/documents/\(HTMLEscaping.escape(shown.fileName))" title="\(HTMLEscaping.escape(name))"></iframe>

                """
        }
        page += "</body>\n</html>\n"
        return page
    }

    private var status: String {
        let count = snapshot.documents.count
        if snapshot.documents.isEmpty {
            return "No documents yet: fix the problems below and save the file."
        }
        let documents = "\(count) document\(count == 1 ? "" : "s")"
        if snapshot.latestFailed {
            return "The latest save has problems, listed below; the \(documents) shown are from the last save that built."
        }
        return "\(documents), rebuilt each time you save. This page updates by itself."
    }

    private var problems: String {
        let errors = snapshot.diagnostics.filter(\.isError)
        let warnings = snapshot.diagnostics.filter { !$0.isError }
        var html = ""
        if !errors.isEmpty {
            let count = errors.count == 1 ? "1 problem" : "\(errors.count) problems"
            html += "<section id=\"errors\" role=\"alert\">\n<h2>The settings have \(count) to fix</h2>\n"
            html += list(errors)
            html += "</section>\n"
        }
        if !warnings.isEmpty {
            let count = warnings.count == 1 ? "1 warning" : "\(warnings.count) warnings"
            html += "<section id=\"warnings\">\n<h2>\(count)</h2>\n"
            html += list(warnings)
            html += "</section>\n"
        }
        return html
    }

    private func list(_ diagnostics: [ShownDiagnostic]) -> String {
        var html = "<ol>\n"
        for diagnostic in diagnostics {
            html += "<li>\n<p class=\"message\">\(HTMLEscaping.escape(diagnostic.message))</p>\n"
            if let place = diagnostic.place { html += "<p class=\"place\">\(HTMLEscaping.escape(place))</p>\n" }
            if let excerpt = diagnostic.excerpt { html += "<pre>\(HTMLEscaping.escape(excerpt))</pre>\n" }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }
}
