/// Prints finished HTML pages to PDF with one engine and makes the result repeatable:
/// the dates the engine stamps become the policy's effective date, and the ids of the
/// tagged elements are numbered in order.
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
        // Longest pages first, so that no long one is left printing alone at the end;
        // among them the handbooks, which are printed twice.
        let order = jobs.indices.sorted { jobs[$0].html.utf8.count > jobs[$1].html.utf8.count }
        let printed = engine.pdfs(fromHTML: order.map { jobs[$0].html }) { position, pdf in
            Self.withPageNumbers(jobs[order[position]].html, from: pdf)
        }
        var results = printed
        for (position, index) in order.enumerated() { results[index] = printed[position] }
        var pdfs: [[UInt8]] = []
        var failed: [(reason: String, documents: [String])] = []
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let pdf):
                pdfs.append(PDFFacts.withElementIDsInOrder(of: PDFFacts.withDates(of: pdf, setTo: date)))
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

    /// A page whose contents list each section's page, with the pages its first print put
    /// the sections on; nil for any other page. The contents page itself keeps its
    /// length, so printed again, nothing moves.
    private static func withPageNumbers(_ html: String, from pdf: [UInt8]) -> String? {
        let sections = HandbookLayout.linkedSections(in: html)
        guard !sections.isEmpty else { return nil }
        let pages = PDFDestinations.pages(of: pdf).filter { sections.contains($0.key) }
        return pages.isEmpty ? nil : HandbookLayout.withPageNumbers(html, pages)
    }
}
