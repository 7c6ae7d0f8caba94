import Foundation

/// Runs a program to completion with a time limit, in a private scratch folder that is
/// removed afterwards.
struct ExternalProgram: Sendable {
    var executable: String
    var timeLimitSeconds: Double = 120

    /// A fresh empty folder for one run, removed when `body` returns.
    static func withScratchFolder<Result>(_ body: (String) throws(PrintError) -> Result) throws(PrintError) -> Result {
        let template = NSTemporaryDirectory() + "policykit-print-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw PrintError("cannot create a temporary folder for printing") }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
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
            guard FileManager.default.createFile(atPath: page, contents: Data(html.utf8)) else {
                throw PrintError("cannot write a temporary page for printing in \(folder)")
            }
            try print(folder, page, output)
            guard let data = FileManager.default.contents(atPath: output), !data.isEmpty else {
                throw PrintError("\(engine) finished without writing a PDF")
            }
            return [UInt8](data)
        }
    }

    /// Runs the program; throws with its last lines of error output when it fails or
    /// overruns the time limit.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws(PrintError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // The same clock reading and language on every machine, as far as the engine honours them.
        env["TZ"] = "UTC"
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw PrintError("cannot run \(executable): \(error.localizedDescription)")
        }
        // Read error output while the program runs, so a full pipe never blocks it.
        let errorOutput = ErrorOutput()
        let reader = Thread { errorOutput.set(errorPipe.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        if finished.wait(timeout: .now() + timeLimitSeconds) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw PrintError("\((executable as NSString).lastPathComponent) did not finish within \(Int(timeLimitSeconds)) seconds")
        }
        guard process.terminationStatus == 0 else {
            errorOutput.waitUntilSet()
            let lines = String(decoding: errorOutput.data, as: UTF8.self)
                .split(separator: "\n").suffix(3).joined(separator: "\n")
            throw PrintError("\((executable as NSString).lastPathComponent) failed (exit \(process.terminationStatus))\(lines.isEmpty ? "" : ":\n" + lines)")
        }
    }
}

/// The error output a reader thread collected.
private final class ErrorOutput: @unchecked Sendable {
    private let lock = NSCondition()
    private var stored: Data?

    func set(_ data: Data) {
        lock.lock()
        stored = data
        lock.broadcast()
        lock.unlock()
    }

    func waitUntilSet() {
        lock.lock()
        let deadline = Date().addingTimeInterval(5)
        while stored == nil, lock.wait(until: deadline) {}
        lock.unlock()
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return stored ?? Data()
    }
}
