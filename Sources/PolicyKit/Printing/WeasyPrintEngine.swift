/// WeasyPrint, a print-only HTML and CSS engine.
struct WeasyPrintEngine: PDFEngine {
    let name = "weasyprint"
    var executable: String
    var timeLimitSeconds: Double

    init(executable: String, timeLimitSeconds: Double = 120) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
    }

    /// WeasyPrint's grid layout cannot place the poster's rows on one sheet: the poster
    /// falls back to block layout there, the same parts one under another.
    static let layoutFallback = """
        .poster main { display: block !important; min-height: 0 !important; }
        .poster main > * { margin-bottom: 4mm !important; }
        .poster .qr svg { width: 34mm; height: 34mm; }
        """

    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try ExternalProgram.printPage(html, engine: name) { folder, page, output throws(PrintError) in
            let fallback = "\(folder)/weasyprint.css"
            guard (try? FileSystem.create(fallback, with: Array(Self.layoutFallback.utf8))) != nil else {
                throw PrintError("cannot write a temporary stylesheet for printing in \(folder)")
            }
            // SOURCE_DATE_EPOCH: the reproducible-builds convention for the dates a tool stamps.
            try ExternalProgram(executable: executable, timeLimitSeconds: timeLimitSeconds)
                .run(["--stylesheet", fallback, page, output], environment: ["SOURCE_DATE_EPOCH": "0"])
        }
    }
}
