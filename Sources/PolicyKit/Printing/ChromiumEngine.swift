#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Headless Chromium's printing: the same layout engine as the browser a reader opens
/// the HTML in. One browser prints every page it is given, restarted after
/// `pagesPerBrowser` pages or once it holds more than `memoryBound` bytes, so a build of
/// thousands of documents neither pays for a browser per page nor lets one grow without end.
final class ChromiumEngine: PDFEngine {
    let name = "chromium"
    let executable: String
    /// How long one page may take to load or print before the browser counts as hung.
    let timeLimitSeconds: Double
    /// Pages printed at once, each in a tab of its own.
    let tabCount: Int
    let pagesPerBrowser: Int
    let memoryBound: Int
    private let state = Mutex(State())

    private struct State: ~Copyable {
        var session: BrowserSession?
        var folder: String?
        var pagesPrinted = 0
        /// `pagesPrinted` when the browser's memory was last measured.
        var pagesMeasured = 0
        /// Batches printing in each browser; one replaced while printing closes after its last.
        var running: [ObjectIdentifier: Int] = [:]
        var launches = 0
        /// How many times `finish` has been called.
        var finishes = 0
    }

    /// Pages printed between two measures of the browser's memory.
    static let pagesBetweenMeasures = 250

    init(executable: String, timeLimitSeconds: Double = 60, tabCount: Int = 3,
         pagesPerBrowser: Int = 1000, memoryBound: Int = 1536 << 20) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
        self.tabCount = tabCount
        self.pagesPerBrowser = pagesPerBrowser
        self.memoryBound = memoryBound
    }

    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try pdfs(fromHTML: [html]) { _, _ in nil }[0].get()
    }

    func pdfs(fromHTML pages: [String], revising revise: @Sendable (Int, [UInt8]) -> String?) -> [Result<[UInt8], PrintError>] {
        let session: BrowserSession
        do {
            session = try startedSession()
        } catch {
            return pages.map { _ in .failure(error) }
        }
        let results = ParallelMap.map(Array(pages.enumerated()), concurrency: tabCount) { index, html in
            Result { () throws(PrintError) in try printed(html, index: index, revising: revise, with: session.pdf(fromHTML:)) }
        }
        let failed = results.contains { if case .failure = $0 { true } else { false } }
        let retired = state.withLock { state -> Bool in
            let key = ObjectIdentifier(session)
            state.running[key, default: 1] -= 1
            // A browser that failed once, by crashing or hanging, is not trusted again.
            if failed, state.session === session { state.session = nil }
            if state.session === session { state.pagesPrinted += pages.count }
            guard state.session !== session, state.running[key] == 0 else { return false }
            state.running[key] = nil
            return true
        }
        if retired { session.close() }
        return results
    }

    /// The running browser, started now if there is none, or replaced when it has
    /// printed its share of pages or grown past the memory bound.
    private func startedSession() throws(PrintError) -> BrowserSession {
        try state.withLock { state throws(PrintError) -> BrowserSession in
            // Measuring reads every browser process's memory map, so it is done only after
            // every few hundred pages: a browser grows slowly, page by page.
            var tooBig = false
            if let session = state.session, state.pagesPrinted - state.pagesMeasured >= Self.pagesBetweenMeasures {
                state.pagesMeasured = state.pagesPrinted
                tooBig = (session.memoryInUse ?? 0) > memoryBound
            }
            if let session = state.session, state.pagesPrinted >= pagesPerBrowser || tooBig {
                // Replaced now; it closes once the pages it is printing are done.
                state.session = nil
                if state.running[ObjectIdentifier(session), default: 0] == 0 {
                    state.running[ObjectIdentifier(session)] = nil
                    session.close()
                }
            }
            if let session = state.session {
                state.running[ObjectIdentifier(session), default: 0] += 1
                return session
            }
            let session = try launch(&state)
            state.running[ObjectIdentifier(session), default: 0] += 1
            return session
        }
    }

    /// A new browser, made the running one.
    private func launch(_ state: inout State) throws(PrintError) -> BrowserSession {
        if state.folder == nil {
            state.folder = try ExternalProgram.makeScratchFolder()
        }
        // Each browser has a profile of its own: one that is closing still holds its lock.
        let folder = "\(state.folder!)/browser-\(state.launches + 1)"
        guard (try? FileSystem.makeFolders(folder)) != nil else {
            throw PrintError("cannot create a temporary folder for printing: \(folder)")
        }
        let session = try BrowserSession(executable: executable, folder: folder, tabCount: tabCount, timeLimitSeconds: timeLimitSeconds)
        state.session = session
        state.launches += 1
        state.pagesPrinted = 0
        state.pagesMeasured = 0
        return session
    }

    /// Starts the browser on a thread of its own while the documents are made; the first
    /// pages wait for it, and a browser that fails to start is tried again with them, so
    /// its error is reported with the documents.
    func prepare() {
        let finishes = state.withLock { $0.finishes }
        _ = DetachedThread.start { [self] in
            _ = try? state.withLock { state throws(PrintError) in
                // Not once the build has finished: nothing would close that browser.
                if state.session == nil, state.finishes == finishes { _ = try launch(&state) }
            }
        }
    }

    /// The browser's process id while one runs.
    var browserProcessID: Int32? {
        state.withLock { $0.session?.child.pid }
    }

    /// How many browsers this engine has started.
    var browserLaunches: Int {
        state.withLock { $0.launches }
    }

    /// The memory the running browser holds, with its helper processes.
    var browserMemory: Int? {
        state.withLock { $0.session?.memoryInUse }
    }

    func finish() {
        let (session, folder) = state.withLock { state in
            defer { (state.session, state.folder) = (nil, nil); state.finishes += 1 }
            return (state.session, state.folder)
        }
        session?.close()
        if let folder { FileSystem.removeAll(folder) }
    }

    deinit {
        finish()
    }
}
