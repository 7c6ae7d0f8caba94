#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a program to completion with a time limit, in a private scratch folder that is
/// removed afterwards.
struct ExternalProgram: Sendable {
    var executable: String
    var timeLimitSeconds: Double = 120

    /// A fresh empty folder for one run, removed when `body` returns.
    static func withScratchFolder<Result>(_ body: (String) throws(PrintError) -> Result) throws(PrintError) -> Result {
        let folder = try makeScratchFolder()
        defer { FileSystem.removeAll(folder) }
        return try body(folder)
    }

    /// A new empty folder for printing; the caller removes it.
    static func makeScratchFolder() throws(PrintError) -> String {
        // Under TMPDIR when it is set; readable by this user only, as the page may be private.
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "policykit-print-\(UUID().uuidString)").path(percentEncoded: false)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PrintError("cannot create a temporary folder for printing: \(SystemError(error).message)")
        }
        return folder
    }

    /// Writes `html` to `page.html` in a scratch folder, lets `print` turn it into
    /// `page.pdf` there, and returns that PDF: the part every engine shares.
    static func printPage(
        _ html: String, engine: String,
        _ print: (_ folder: String, _ page: String, _ output: String) throws(PrintError) -> Void
    ) throws(PrintError) -> [UInt8] {
        try withScratchFolder { folder throws(PrintError) in
            let page = "\(folder)/page.html"
            let output = "\(folder)/page.pdf"
            guard (try? FileSystem.create(page, with: Array(html.utf8))) != nil else {
                throw PrintError("cannot write a temporary page for printing in \(folder)")
            }
            try print(folder, page, output)
            guard let pdf = try? FileBytes.contents(of: output), !pdf.isEmpty else {
                throw PrintError("\(engine) finished without writing a PDF")
            }
            return pdf
        }
    }

    /// Runs the program; throws with its last lines of error output when it fails or
    /// overruns the time limit.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws(PrintError) {
        var env = ProcessInfo.processInfo.environment
        // The same clock reading and language on every machine, as far as the engine honours them.
        env["TZ"] = "UTC"
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        let name = PathNames.shortName(executable)
        switch ChildProcess(executable: executable, arguments: arguments, environment: env).run(timeLimitSeconds: timeLimitSeconds) {
        case .failed(let reason):
            throw PrintError("cannot run \(executable): \(reason)")
        case .timedOut:
            throw PrintError("\(name) did not finish within \(Int(timeLimitSeconds)) seconds")
        case .exited(status: 0, errorOutput: _):
            return
        case .exited(let status, let errorOutput):
            let lines = String(decoding: errorOutput, as: UTF8.self)
                .split(separator: "\n").suffix(3).joined(separator: "\n")
            throw PrintError("\(name) failed (exit \(status))\(lines.isEmpty ? "" : ":\n" + lines)")
        }
    }
}
