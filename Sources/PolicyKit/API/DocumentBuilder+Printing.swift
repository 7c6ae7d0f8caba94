extension DocumentBuilder {
    /// Prints `jobs` with the engine of `options` into their files (made empty by
    /// `documentFiles`), and measures each fixed-size document the PDF of which runs over
    /// its page limit. The warnings of the printed page counts, which replace the
    /// estimates, or nil when nothing is printed.
    func printing(
        _ jobs: [(kind: DocumentKind, name: String, html: String)], into files: inout [OutputFile],
        policy: Policy, paper: PaperSize, options: BuildOptions
    ) throws(DiagnosticList) -> [Diagnostic]? {
        guard !jobs.isEmpty, let engine = try options.findingPrinter().printer else { return nil }
        // An engine found here is this build's alone; one the caller gave serves other builds too.
        defer { if options.printer == nil { engine.finish() } }
        let printer = DocumentPrinter(engine: engine, date: policy.metadata.effectiveDate)
        let printed = try printer.print(jobs.map { DocumentPrinter.Job(name: $0.name, html: $0.html) })
        var warnings: [Diagnostic] = []
        for (job, pdf) in zip(jobs, printed) {
            if let index = files.firstIndex(where: { $0.name == job.name }) { files[index].bytes = pdf }
            let sheet = job.kind.sheet(paper: paper, posterSize: policy.documents.posterSize)
            if let limit = job.kind.pageLimit, let pages = PDFFacts.pageCount(of: pdf), pages > limit {
                warnings.append(.warning(job.kind.tooLongAdvice(pages: pages, sheet: sheet, name: job.name)))
            }
        }
        return warnings
    }
}
