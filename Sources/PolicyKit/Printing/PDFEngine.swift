/// Something that prints a standalone HTML page to PDF: a browser engine installed on
/// the machine, run as a separate program.
protocol PDFEngine: Sendable {
    /// The engine's name as `--pdf-engine` spells it.
    var name: String { get }
    /// The PDF of `html` as the engine prints it, with the page size and margins the
    /// page's own `@page` rules ask for and no browser headers or footers.
    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8]
}

/// Why a page could not be printed, in words a user can act on.
struct PrintError: Error, Sendable, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
