/// The HTML-to-PDF engines PolicyKit knows how to run, in the order it prefers them.
/// Name one in `BuildOptions.pdfEngine` to use it rather than the first one installed.
///
/// ```swift
/// let options = BuildOptions(formats: [.pdf], pdfEngine: .weasyprint)
/// ```
public enum PDFEngineKind: String, CaseIterable, Sendable {
    /// Headless Chromium: the engine the tests prove the one-page layouts in. Chromium's
    /// headless shell (Debian package `chromium-headless-shell`) is preferred to the full
    /// browser (`chromium`, Google Chrome): it lays out with the same engine, but it starts
    /// in a fraction of the time and prints each page in the page's own process, where
    /// the full browser starts a process for every page it prints.
    case chromium
    /// WeasyPrint (Debian package `weasyprint`).
    case weasyprint

    /// The Debian package that installs the engine.
    var debianPackage: String {
        switch self {
        case .chromium: "chromium-headless-shell"
        case .weasyprint: "weasyprint"
        }
    }

    /// Program names the engine is installed under, most usual first.
    var programNames: [String] {
        switch self {
        case .chromium: ["chromium-headless-shell", "chrome-headless-shell",
                         "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        case .weasyprint: ["weasyprint"]
        }
    }

    /// Where the engine's program sits inside its macOS app, for a browser installed as one.
    var appPrograms: [String] {
        switch self {
        case .chromium: ["Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium"]
        case .weasyprint: []
        }
    }

    /// The engine if it is installed: found on `PATH`, or on macOS as an app.
    func installed(in locations: ProgramLocations = .current) -> (any PDFEngine)? {
        guard let path = locations.find(programNames, appPrograms: appPrograms) else { return nil }
        switch self {
        case .chromium: return ChromiumEngine(executable: path)
        case .weasyprint: return WeasyPrintEngine(executable: path)
        }
    }

    /// The engine asked for, or else the first one installed; an error naming the
    /// package to install when there is none.
    static func engine(_ choice: PDFEngineKind? = nil, in locations: ProgramLocations = .current) throws(PrintError) -> any PDFEngine {
        if let choice {
            if let engine = choice.installed(in: locations) { return engine }
            throw PrintError("\(choice.rawValue) is not installed; install the Debian package '\(choice.debianPackage)' (sudo apt-get install \(choice.debianPackage))")
        }
        for kind in allCases {
            if let engine = kind.installed(in: locations) { return engine }
        }
        throw PrintError("PDF output needs an HTML-to-PDF engine and none is installed; install the Debian package 'chromium-headless-shell' (sudo apt-get install chromium-headless-shell) or 'weasyprint'")
    }
}
