/// The summary of changes as the command line prints it and the `changes` document holds it.
extension PolicyDiff {
    /// The summary as Markdown: a second-level heading per section, a list item per
    /// change, every value escaped so it reads back as the text it is. With no changes,
    /// the one sentence saying so.
    func markdown(in language: Language, headingLevel: Int = 2) -> String {
        let sections = summary(in: language)
        guard !sections.isEmpty else { return MarkdownEscaper.escape(Self.noChangesSentence(in: language)) + "\n" }
        let marks = String(repeating: "#", count: headingLevel)
        return sections.map { section in
            "\(marks) \(MarkdownEscaper.escape(section.heading))\n\n"
                + section.sentences.map { "- \(MarkdownEscaper.escape($0))\n" }.joined()
        }.joined(separator: "\n")
    }

    /// The summary as Markdown, plain text (wrapped at `width` columns) or an HTML
    /// fragment. PDF and Word are not summary formats: they give the Markdown.
    ///
    /// ```swift
    /// let text = PolicyDiff(from: before, to: after).rendered(as: .text, in: .english, width: 72)
    /// ```
    public func rendered(as format: OutputFormat, in language: Language, width: Int = 72) -> String {
        let markdown = markdown(in: language)
        switch format {
        case .html: return MarkdownRenderer.html(fromMarkdown: markdown)
        case .text: return MarkdownRenderer.plainText(fromMarkdown: markdown, width: width)
        case .markdown, .pdf, .docx: return markdown
        }
    }
}
