import PolicyKit
import Synchronization

/// One line on the terminal, rewritten as a multi-site build goes: documents done out of
/// the total, and the time left.
enum ProgressLine {
    private static let shown = Mutex(false)

    @Sendable static func show(_ step: SiteBuild.Progress) {
        guard step.sites > 1 else { return }
        var line = "\r\u{1B}[K\(step.documentsDone) of \(step.documentsTotal) documents (\(step.sitesDone) of \(step.sites) sites)"
        if let left = step.secondsLeft, step.sitesDone < step.sites { line += ", \(duration(left)) left" }
        shown.withLock { shown in
            shown = true
            StandardStream.error.send(line)
        }
    }

    /// Clears the line, so the summary and messages that follow start on a clean one.
    static func end() {
        shown.withLock { shown in
            if shown { StandardStream.error.send("\r\u{1B}[K") }
            shown = false
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole / 60 % 60) min"
    }
}
