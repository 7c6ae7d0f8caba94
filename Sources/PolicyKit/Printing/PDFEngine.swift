/// Something that prints standalone HTML pages to PDF: a browser engine installed on
/// the machine, run as a separate program.
protocol PDFEngine: Sendable {
    /// The engine's name as `--pdf-engine` spells it.
    var name: String { get }
    /// The PDF of `html` as the engine prints it, with the page size and margins the
    /// page's own `@page` rules ask for and no browser headers or footers.
    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8]
    /// The PDF of each page, in order, a few at a time.
    func pdfs(fromHTML pages: [String]) -> [Result<[UInt8], PrintError>]
    /// Ends whatever the engine keeps running between pages; it starts again if used after.
    func finish()
}

extension PDFEngine {
    func pdfs(fromHTML pages: [String]) -> [Result<[UInt8], PrintError>] {
        // Each page is a separate program run; two at once keeps a small machine busy
        // without swamping it.
        ParallelMap.map(pages, concurrency: 2) { html in
            Result { () throws(PrintError) in try pdf(fromHTML: html) }
        }
    }

    func finish() {}
}

/// Why a page could not be printed, in words a user can act on.
struct PrintError: Error, Sendable, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
