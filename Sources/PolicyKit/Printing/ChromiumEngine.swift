/// Headless Chromium's "print to PDF": the same layout engine as the browser a reader
/// opens the HTML in.
struct ChromiumEngine: PDFEngine {
    let name = "chromium"
    var executable: String
    var timeLimitSeconds: Double

    init(executable: String, timeLimitSeconds: Double = 120) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
    }

    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try ExternalProgram.printPage(html, engine: name) { folder, page, output throws(PrintError) in
            let arguments = [
                "--headless",
                // Sandboxing needs privileges CI containers and root shells lack; the page
                // is our own, with no scripts and nothing fetched from outside.
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-sync",
                "--mute-audio",
                "--hide-scrollbars",
                // A profile of its own, so a browser the user has open is never touched
                // and nothing from their profile changes the print.
                "--user-data-dir=\(folder)/profile",
                "--print-to-pdf=\(output)",
                PathNames.fileURL(page),
            ]
            try ExternalProgram(executable: executable, timeLimitSeconds: timeLimitSeconds)
                .run(arguments, environment: ["HOME": folder])
        }
    }
}
