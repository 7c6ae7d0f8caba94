#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

/// One headless Chromium, driven over its DevTools pipe, printing page after page in a
/// few tabs. Starting a browser costs far more than printing a page, so a build starts
/// one and keeps it for every document it prints.
final class BrowserSession: Sendable {
    let child: PipedChild
    private let pipe: DevToolsPipe
    private let folder: String
    private let timeLimitSeconds: Double
    private let tabs = Mutex<[Tab]>([])
    private let freeTabs: DispatchSemaphore
    /// Set when this side stops the browser, so its going is not reported as a crash.
    private let stopping = StopFlag()

    struct Tab: Sendable {
        var target: String
        var session: String
    }

    /// Starts the browser in `folder` (its profile goes there);
    /// at most `tabCount` pages print at once.
    init(executable: String, folder: String, tabCount: Int, timeLimitSeconds: Double) throws(PrintError) {
        self.folder = folder
        self.timeLimitSeconds = timeLimitSeconds
        var environment = ProcessInfo.processInfo.environment
        // The same clock reading and language on every machine, as far as the browser honours them.
        environment["TZ"] = "UTC"
        environment["LC_ALL"] = "C.UTF-8"
        environment["HOME"] = folder
        let errorLog = "\(folder)/browser-errors.txt"
        child = try PipedChild.spawn(executable: executable, arguments: [
            "--headless",
            "--remote-debugging-pipe",
            // Sandboxing needs privileges CI containers and root shells lack; the pages
            // are our own, with no scripts and nothing fetched from outside.
            "--no-sandbox",
            "--disable-gpu",
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
            "about:blank",
        ], environment: environment, errorLog: errorLog)
        let child = child
        let stopping = stopping
        pipe = DevToolsPipe(channel: child.channel) {
            if stopping.value.load(ordering: .relaxed) { return PrintError("the browser was closed") }
            let status = child.waitForExit(seconds: 2)
            let how = switch status {
            case .some(let code) where code > 128: " (ended by signal \(code - 128))"
            case .some(let code) where code >= 0: " (exit \(code))"
            default: ""
            }
            let lines = (try? FileBytes.contents(of: errorLog)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let last = lines.split(separator: "\n").suffix(2).joined(separator: "\n")
            return PrintError("the browser stopped unexpectedly\(how)\(last.isEmpty ? "" : ":\n" + last)")
        }
        freeTabs = DispatchSemaphore(value: tabCount)
        do {
            // A first command proves the browser is up and answering.
            _ = try pipe.call("Browser.getVersion", as: BrowserVersion.self, seconds: timeLimitSeconds)
        } catch {
            close()
            throw PrintError("the browser did not start: \(error.message)")
        }
        // The tab the browser opened at start is the first to print in: its page process
        // is already running.
        if let first = try? pipe.call("Target.getTargets", as: Targets.self, seconds: timeLimitSeconds)
            .targetInfos.first(where: { $0.type == "page" }),
           let tab = try? attach(first.targetId) {
            tabs.withLock { $0.append(tab) }
        }
        // The other tabs are opened now, while the build is still making its pages.
        for _ in tabs.withLock({ $0.count })..<tabCount {
            guard let tab = try? openTab() else { break }
            tabs.withLock { $0.append(tab) }
        }
    }

    /// The PDF of one page, printed with the page size and margins of its own `@page`
    /// rules, without the browser's header and footer, tagged and with a bookmark outline.
    func pdf(fromHTML html: String) throws(PrintError) -> [UInt8] {
        freeTabs.wait()
        defer { freeTabs.signal() }
        let tab = try takeTab()
        // The page replaces the tab's document in place rather than being opened as a file:
        // opening a file is a navigation, which makes the browser start a fresh page
        // process, and that start costs more than laying out and printing most pages.
        _ = try pipe.call("Page.setDocumentContent", SetContent(frameId: tab.target, html: html), session: tab.session, seconds: timeLimitSeconds)
        // Web fonts and images are loaded by then; the system fonts a script needs may not be.
        let ready = try pipe.call("Runtime.evaluate", Evaluate(expression: "document.fonts.ready.then(() => true)", awaitPromise: true),
                                  session: tab.session, as: Evaluated.self, seconds: timeLimitSeconds)
        if let exception = ready.exceptionDetails {
            throw PrintError("the browser could not lay out the page: \(exception.text)")
        }
        let printed = try pipe.call("Page.printToPDF", PrintToPDF(), session: tab.session, as: Printed.self, seconds: timeLimitSeconds)
        guard let pdf = Data(base64Encoded: printed.data), !pdf.isEmpty else {
            throw PrintError("the browser printed an empty or unreadable PDF")
        }
        tabs.withLock { $0.append(tab) }
        return [UInt8](pdf)
    }

    /// A tab no other page is printing in: a free one, or a new one.
    private func takeTab() throws(PrintError) -> Tab {
        if let tab = tabs.withLock({ $0.popLast() }) { return tab }
        return try openTab()
    }

    /// A new tab, with a session on it.
    private func openTab() throws(PrintError) -> Tab {
        let created = try pipe.call("Target.createTarget", CreateTarget(url: "about:blank"), as: Created.self, seconds: timeLimitSeconds)
        return try attach(created.targetId)
    }

    /// A session on tab `target`, to send it commands.
    private func attach(_ target: String) throws(PrintError) -> Tab {
        let attached = try pipe.call("Target.attachToTarget", Attach(targetId: target, flatten: true), as: Attached.self, seconds: timeLimitSeconds)
        return Tab(target: target, session: attached.sessionId)
    }

    /// The memory the browser and its helper processes hold now, in bytes; nil where
    /// the system does not tell.
    var memoryInUse: Int? {
        ProcessTreeMemory.residentBytes(underGroup: child.pid)
    }

    /// Stops the browser and every helper process it started. Nothing of its profile is
    /// kept, so it is stopped outright rather than asked to quit, which takes longer.
    func close() {
        stopping.value.store(true, ordering: .relaxed)
        child.kill()
        _ = child.waitForExit(seconds: 5)
        pipe.closeChannel()
        FileSystem.removeAll(folder)
    }

    private final class StopFlag: Sendable {
        let value = Atomic<Bool>(false)
    }

    private struct BrowserVersion: Decodable { var product: String }
    private struct SetContent: Encodable { var frameId: String; var html: String }
    private struct Evaluate: Encodable { var expression: String; var awaitPromise: Bool }
    private struct Evaluated: Decodable { var exceptionDetails: Exception? }
    private struct Exception: Decodable { var text: String }
    private struct CreateTarget: Encodable { var url: String }
    private struct Created: Decodable { var targetId: String }
    private struct Targets: Decodable { var targetInfos: [TargetInfo] }
    private struct TargetInfo: Decodable { var targetId: String; var type: String }
    private struct Attach: Encodable { var targetId: String; var flatten: Bool }
    private struct Attached: Decodable { var sessionId: String }
    private struct Printed: Decodable { var data: String }

    private struct PrintToPDF: Encodable {
        var preferCSSPageSize = true
        var displayHeaderFooter = false
        var printBackground = true
        var generateTaggedPDF = true
        var generateDocumentOutline = true
    }
}
