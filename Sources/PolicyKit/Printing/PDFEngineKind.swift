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

    /// The engine if it is installed: found on `PATH`.
    func installed(searchPath: String? = ProgramSearch.environmentPath) -> (any PDFEngine)? {
        for program in programNames {
            if let path = ProgramSearch.find(program, in: searchPath) {
                switch self {
                case .chromium: return ChromiumEngine(executable: path)
                case .weasyprint: return WeasyPrintEngine(executable: path)
                }
            }
        }
        return nil
    }

    /// The engine asked for, or else the first one installed; an error naming the
    /// package to install when there is none.
    static func engine(_ choice: PDFEngineKind? = nil, searchPath: String? = ProgramSearch.environmentPath) throws(PrintError) -> any PDFEngine {
        if let choice {
            if let engine = choice.installed(searchPath: searchPath) { return engine }
            throw PrintError("\(choice.rawValue) is not installed; install the Debian package '\(choice.debianPackage)' (sudo apt-get install \(choice.debianPackage))")
        }
        for kind in allCases {
            if let engine = kind.installed(searchPath: searchPath) { return engine }
        }
        throw PrintError("PDF output needs an HTML-to-PDF engine and none is installed; install the Debian package 'chromium-headless-shell' (sudo apt-get install chromium-headless-shell) or 'weasyprint'")
    }
}
