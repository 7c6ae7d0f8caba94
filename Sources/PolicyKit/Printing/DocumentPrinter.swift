import Foundation

/// Prints finished HTML pages to PDF with one engine, several at a time, and makes the
/// result repeatable: the dates the engine stamps become the policy's effective date.
struct DocumentPrinter: Sendable {
    var engine: any PDFEngine
    var date: CalendarDate

    /// The PDF of each page, in order; every failure is reported, not just the first.
    func print(_ pages: [String]) throws(DiagnosticList) -> [[UInt8]] {
        let results = Results(count: pages.count)
        // Each engine run is a separate browser process; two at once keeps a small
        // machine busy without swamping it.
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (index, html) in pages.enumerated() {
            let engine = engine
            queue.addOperation {
                do throws(PrintError) {
                    results.set(index, .success(try engine.pdf(fromHTML: html)))
                } catch {
                    results.set(index, .failure(error))
                }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        var pdfs: [[UInt8]] = []
        var errors: [Diagnostic] = []
        for result in results.all {
            switch result {
            case .success(let pdf): pdfs.append(PDFFacts.withDates(of: pdf, setTo: date))
            case .failure(let error): errors.append(.error("cannot print to PDF with \(engine.name): \(error.message)"))
            case nil: errors.append(.error("cannot print to PDF with \(engine.name)"))
            }
        }
        // One message is enough when the engine itself fails the same way every time.
        var seen = Set<String>()
        errors = errors.filter { seen.insert($0.message).inserted }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        return pdfs
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<[UInt8], PrintError>?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<[UInt8], PrintError>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: [Result<[UInt8], PrintError>?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
