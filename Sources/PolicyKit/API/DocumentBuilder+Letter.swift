extension DocumentBuilder {
    /// The letter for the ladder's step at `step` (1 for the first step), in `language` and
    /// the one format of `options`, with the client's name and the date in its blanks
    /// where given. It is checked for fit like every letter a build makes.
    func letter(
        step: Int, for policy: Policy, language: Language, options: BuildOptions,
        clientName: String?, date: CalendarDate?
    ) throws(DiagnosticList) -> BuildOutput {
        let paper = options.paper ?? policy.documents.paper ?? policy.organisation.jurisdiction.usualPaper
        let context = LetterContext.adding(
            position: step, to: try filler.context(for: policy, in: language), policy: policy, language: language,
            clientName: clientName, date: date)
        var (files, pages, estimate) = try documentFiles(
            of: .letter, named: DocumentKind.letter.fileStem(step: step), in: language, context: context,
            policy: policy, paper: paper, options: options)
        let jobs = pages.map { (kind: DocumentKind.letter, name: $0.name, html: $0.html) }
        let warnings = try printing(jobs, into: &files, policy: policy, paper: paper, options: options) ?? estimate.map { [$0] } ?? []
        return BuildOutput(files: files, warnings: warnings)
    }
}
