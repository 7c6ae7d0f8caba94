/// Prints finished HTML pages to PDF with one engine, several at a time, and makes the
/// result repeatable: the dates the engine stamps become the policy's effective date.
struct DocumentPrinter: Sendable {
    var engine: any PDFEngine
    var date: CalendarDate

    /// The PDF of each page, in order; every failure is reported, not just the first.
    func print(_ pages: [String]) throws(DiagnosticList) -> [[UInt8]] {
        // Each engine run is a separate browser process; two at once keeps a small
        // machine busy without swamping it.
        let engine = engine
        let results = ParallelMap.map(pages, concurrency: 2) { html in
            Result { () throws(PrintError) in try engine.pdf(fromHTML: html) }
        }
        var pdfs: [[UInt8]] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let pdf): pdfs.append(PDFFacts.withDates(of: pdf, setTo: date))
            case .failure(let error): errors.append(.error("cannot print to PDF with \(engine.name): \(error.message)"))
            }
        }
        // One message is enough when the engine itself fails the same way every time.
        var seen = Set<String>()
        errors = errors.filter { seen.insert($0.message).inserted }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        return pdfs
    }
}
