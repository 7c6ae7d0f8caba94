/// One piece of a parsed Mustache template: text to copy, or a tag, nested by section.
/// Tags carry the line and column they start at in the template's own file, so every
/// later message (an unknown name, a cycle of partials) points at the template's line.
indirect enum TemplateElement: Equatable, Sendable {
    /// Template text, copied as it is. Lines that hold only a section, comment or partial
    /// tag are already gone (Mustache's "standalone" lines).
    case text(String)
    /// `{{name}}`; `escaped` is false for `{{{name}}}` and `{{& name}}`, which PolicyKit's
    /// own templates may not use (`TemplateParser` reports them).
    case variable(TemplateName, escaped: Bool, SourceLocation)
    /// `{{#name}}...{{/name}}` and, inverted, `{{^name}}...{{/name}}`.
    case section(TemplateName, inverted: Bool, [TemplateElement], SourceLocation)
    /// `{{> name}}`. `indentation` is the white space before a tag that stands alone on its
    /// line: every line of the partial is indented by it.
    case partial(String, indentation: String, SourceLocation)
    /// `{{< name}}...{{/name}}`: another template, with the blocks inside replacing its own.
    case parent(String, indentation: String, [TemplateElement], SourceLocation)
    /// `{{$ name}}...{{/name}}`: a block a parent's caller may replace.
    case block(String, [TemplateElement], SourceLocation)
}

/// A name a tag looks up, split at its dots once when the template is read rather than
/// on every lookup: `organisation.name` is `["organisation", "name"]`, `.` is the
/// current item.
struct TemplateName: Hashable, Sendable, CustomStringConvertible {
    let text: String
    let components: [String]

    init(_ text: String) {
        self.text = text
        self.components = text == "." ? [] : text.split(separator: ".").map(String.init)
    }

    var isCurrentItem: Bool { components.isEmpty }
    var description: String { text }
}
