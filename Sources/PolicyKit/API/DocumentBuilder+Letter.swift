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
        var warnings = estimate.map { [$0] } ?? []
        guard !pages.isEmpty, let engine = try options.findingPrinter().printer else { return BuildOutput(files: files, warnings: warnings) }
        // An engine found here is this letter's alone; one the caller gave serves others too.
        defer { if options.printer == nil { engine.finish() } }
        let printed = try DocumentPrinter(engine: engine, date: policy.metadata.effectiveDate)
            .print(pages.map { DocumentPrinter.Job(name: $0.name, html: $0.html) })
        warnings = []
        for (page, pdf) in zip(pages, printed) {
            if let index = files.firstIndex(where: { $0.name == page.name }) { files[index].bytes = pdf }
            if let count = PDFFacts.pageCount(of: pdf), count > 1 {
                warnings.append(.warning(DocumentKind.letter.tooLongAdvice(pages: count, sheet: paper.sheet, name: page.name)))
            }
        }
        return BuildOutput(files: files, warnings: warnings)
    }
}
