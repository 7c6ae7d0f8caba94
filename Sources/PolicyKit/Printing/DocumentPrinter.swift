/// Prints finished HTML pages to PDF with one engine and makes the result repeatable:
/// the dates the engine stamps become the policy's effective date.
struct DocumentPrinter: Sendable {
    var engine: any PDFEngine
    var date: CalendarDate

    /// A page to print, and the name of the file its PDF becomes, which errors name.
    struct Job: Sendable {
        var name: String
        var html: String
    }

    /// The PDF of each page, in order. Every failure is reported, each reason once with
    /// the documents it stopped.
    func print(_ jobs: [Job]) throws(DiagnosticList) -> [[UInt8]] {
        let results = engine.pdfs(fromHTML: jobs.map(\.html))
        var pdfs: [[UInt8]] = []
        var failed: [(reason: String, documents: [String])] = []
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let pdf):
                pdfs.append(PDFFacts.withDates(of: pdf, setTo: date))
            case .failure(let error):
                if let index = failed.firstIndex(where: { $0.reason == error.message }) {
                    failed[index].documents.append(job.name)
                } else {
                    failed.append((error.message, [job.name]))
                }
            }
        }
        guard failed.isEmpty else {
            throw DiagnosticList(failed.map { failure in
                let others = failure.documents.count - 1
                let more = others == 0 ? "" : " (and \(others) other document\(others == 1 ? "" : "s"))"
                return .error("cannot print \(failure.documents[0])\(more) with \(engine.name): \(failure.reason)")
            })
        }
        return pdfs
    }
}
