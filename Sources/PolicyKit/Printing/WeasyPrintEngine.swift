/// WeasyPrint, a print-only HTML and CSS engine.
public struct WeasyPrintEngine: PDFEngine {
    public let name = "weasyprint"
    public var executable: String
    public var timeLimitSeconds: Double

    public init(executable: String, timeLimitSeconds: Double = 120) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
    }

    public func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try ExternalProgram.printPage(html, engine: name) { _, page, output throws(PrintError) in
            // SOURCE_DATE_EPOCH: the reproducible-builds convention for the dates a tool stamps.
            try ExternalProgram(executable: executable, timeLimitSeconds: timeLimitSeconds)
                .run([page, output], environment: ["SOURCE_DATE_EPOCH": "0"])
        }
    }
}
