/// WeasyPrint, a print-only HTML and CSS engine.
struct WeasyPrintEngine: PDFEngine {
    let name = "weasyprint"
    var executable: String
    var timeLimitSeconds: Double

    init(executable: String, timeLimitSeconds: Double = 120) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
    }

    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try ExternalProgram.printPage(html, engine: name) { _, page, output throws(PrintError) in
            // SOURCE_DATE_EPOCH: the reproducible-builds convention for the dates a tool stamps.
            try ExternalProgram(executable: executable, timeLimitSeconds: timeLimitSeconds)
                .run([page, output], environment: ["SOURCE_DATE_EPOCH": "0"])
        }
    }
}
