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
        var results = engine.pdfs(fromHTML: jobs.map(\.html))
        // Pages whose contents list each section's page are printed a second time, with
        // the pages the first print put the sections on: the contents page itself keeps
        // its length, so nothing moves.
        var again: [(index: Int, html: String)] = []
        for (index, (job, result)) in zip(jobs, results).enumerated() {
            let sections = HandbookLayout.linkedSections(in: job.html)
            guard !sections.isEmpty, case .success(let pdf) = result else { continue }
            let pages = PDFDestinations.pages(of: pdf).filter { sections.contains($0.key) }
            guard !pages.isEmpty else { continue }
            again.append((index, HandbookLayout.withPageNumbers(job.html, pages)))
        }
        if !again.isEmpty {
            for (item, result) in zip(again, engine.pdfs(fromHTML: again.map(\.html))) {
                results[item.index] = result
            }
        }
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
