import Foundation

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
        try ExternalProgram.withScratchFolder { folder throws(PrintError) in
            let page = "\(folder)/page.html"
            let output = "\(folder)/page.pdf"
            guard FileManager.default.createFile(atPath: page, contents: Data(html.utf8)) else {
                throw PrintError("cannot write a temporary page for printing in \(folder)")
            }
            // SOURCE_DATE_EPOCH: the reproducible-builds convention for the dates a tool stamps.
            try ExternalProgram(executable: executable, timeLimitSeconds: timeLimitSeconds)
                .run([page, output], environment: ["SOURCE_DATE_EPOCH": "0"])
            guard let data = FileManager.default.contents(atPath: output), !data.isEmpty else {
                throw PrintError("weasyprint finished without writing a PDF")
            }
            return [UInt8](data)
        }
    }
}
