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
        var batchesRunning = 0
    }

    init(executable: String, timeLimitSeconds: Double = 60, tabCount: Int = 3,
         pagesPerBrowser: Int = 1000, memoryBound: Int = 1536 << 20) {
        self.executable = executable
        self.timeLimitSeconds = timeLimitSeconds
        self.tabCount = tabCount
        self.pagesPerBrowser = pagesPerBrowser
        self.memoryBound = memoryBound
    }

    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        try pdfs(fromHTML: [html])[0].get()
    }

    func pdfs(fromHTML pages: [String]) -> [Result<[UInt8], PrintError>] {
        let session: BrowserSession
        do {
            session = try startedSession()
        } catch {
            return pages.map { _ in .failure(error) }
        }
        defer { state.withLock { $0.batchesRunning -= 1 } }
        let results = ParallelMap.map(pages, concurrency: tabCount) { html in
            Result { () throws(PrintError) in try session.pdf(fromHTML: html) }
        }
        if results.contains(where: { if case .failure = $0 { true } else { false } }) {
            // A browser that failed once, by crashing or hanging, is not trusted again.
            state.withLock { state in
                if state.session === session { state.session = nil }
            }
            session.close()
        }
        state.withLock { $0.pagesPrinted += pages.count }
        return results
    }

    /// The running browser, started now if there is none, or restarted when it has
    /// printed its share of pages or grown past the memory bound and nothing is printing.
    private func startedSession() throws(PrintError) -> BrowserSession {
        try state.withLock { state throws(PrintError) -> BrowserSession in
            if let session = state.session, state.batchesRunning == 0,
               state.pagesPrinted >= pagesPerBrowser || (session.memoryInUse ?? 0) > memoryBound {
                session.close()
                state.session = nil
            }
            if let session = state.session {
                state.batchesRunning += 1
                return session
            }
            if state.folder == nil {
                state.folder = try ExternalProgram.makeScratchFolder()
            }
            let session = try BrowserSession(executable: executable, folder: state.folder!, tabCount: tabCount, timeLimitSeconds: timeLimitSeconds)
            state.session = session
            state.pagesPrinted = 0
            state.batchesRunning += 1
            return session
        }
    }

    /// The browser's process id while one runs.
    var browserProcessID: Int32? {
        state.withLock { $0.session?.child.pid }
    }

    /// The memory the running browser holds, with its helper processes.
    var browserMemory: Int? {
        state.withLock { $0.session?.memoryInUse }
    }

    func finish() {
        let (session, folder) = state.withLock { state in
            defer { (state.session, state.folder) = (nil, nil) }
            return (state.session, state.folder)
        }
        session?.close()
        if let folder { FileSystem.removeAll(folder) }
    }

    deinit {
        finish()
    }
}
