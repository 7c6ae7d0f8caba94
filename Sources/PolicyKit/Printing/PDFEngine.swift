/// Something that prints standalone HTML pages to PDF: a browser engine installed on
/// the machine, run as a separate program.
protocol PDFEngine: Sendable {
    /// The engine's name as `--pdf-engine` spells it.
    var name: String { get }
    /// The PDF of `html` as the engine prints it, with the page size and margins the
    /// page's own `@page` rules ask for and no browser headers or footers.
    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8]
    /// The PDF of each page, in order, a few at a time. A page for which `revise` (given
    /// its index and first PDF) returns new HTML is printed again from that, at once.
    func pdfs(fromHTML pages: [String], revising revise: @Sendable (Int, [UInt8]) -> String?) -> [Result<[UInt8], PrintError>]
    /// Starts in the background whatever the engine keeps running between pages, so that
    /// it is ready by the time the first pages are made.
    func prepare()
    /// Ends whatever the engine keeps running between pages; it starts again if used after.
    func finish()
}

extension PDFEngine {
    func pdfs(fromHTML pages: [String], revising revise: @Sendable (Int, [UInt8]) -> String?) -> [Result<[UInt8], PrintError>] {
        // Each page is a separate program run; two at once keeps a small machine busy
        // without swamping it.
        ParallelMap.map(Array(pages.enumerated()), concurrency: 2) { index, html in
            Result { () throws(PrintError) in try printed(html, index: index, revising: revise, with: pdf(fromHTML:)) }
        }
    }

    /// `html` printed with `print`, and printed again if `revise` asks for it.
    func printed(
        _ html: String, index: Int, revising revise: (Int, [UInt8]) -> String?,
        with print: (String) throws(PrintError) -> [UInt8]
    ) throws(PrintError) -> [UInt8] {
        let first = try print(html)
        guard let again = revise(index, first) else { return first }
        return try print(again)
    }

    func prepare() {}

    func finish() {}
}

/// Why a page could not be printed, in words a user can act on.
struct PrintError: Error, Sendable, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
