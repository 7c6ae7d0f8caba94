/// Turns a burst of saves into one rebuild: an editor may write a file several times in
/// a few milliseconds (a temporary file, a rename, a backup), and a user may save again
/// straight away. The rebuild waits until the files have been still for a quiet period.
struct Debouncer: Sendable {
    let quietPeriod: Duration
    /// When the latest change not yet rebuilt was seen; nil when there is none.
    private(set) var lastChange: ContinuousClock.Instant?

    init(quietPeriod: Duration) {
        self.quietPeriod = quietPeriod
    }

    /// A change was seen at `now`: the quiet period starts again.
    mutating func noteChange(at now: ContinuousClock.Instant) {
        lastChange = now
    }

    /// Whether to rebuild at `now`: once per burst, after it has been quiet long enough.
    /// Answering yes forgets the burst, so the next yes needs a new change.
    mutating func shouldRebuild(at now: ContinuousClock.Instant) -> Bool {
        guard let lastChange, now - lastChange >= quietPeriod else { return false }
        self.lastChange = nil
        return true
    }
}
