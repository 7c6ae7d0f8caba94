extension DocumentBuilder {
    /// A builder for the built-in templates, or for those of `templatesFolder` over them,
    /// with the set it reads; nil when the templates have a problem, which is logged with
    /// the templates' text so that it shows the line at fault.
    static func reading(templatesFolder: String?, log: inout DiagnosticLog) -> (builder: DocumentBuilder, templates: TemplateSet)? {
        let templates: TemplateSet
        do {
            templates = try templatesFolder.map(TemplateSet.builtIn(overriddenBy:)) ?? .builtIn
        } catch {
            log.add(error.diagnostics)
            return nil
        }
        do {
            return (try DocumentBuilder(templates: templates), templates)
        } catch {
            log.add(error.diagnostics, sources: templates.diagnosticSources)
            return nil
        }
    }
}
