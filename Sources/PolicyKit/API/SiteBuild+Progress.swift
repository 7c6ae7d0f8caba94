import Synchronization

extension SiteBuild {
    /// How far a build has come, after one more site.
    ///
    /// ```swift
    /// build.progress = { step in
    ///     print("\(step.documentsDone) of \(step.documentsTotal), \(step.secondsLeft ?? 0) s left")
    /// }
    /// ```
    public struct Progress: Sendable {
        /// Sites built so far, and how many there are.
        public var sitesDone: Int
        public var sites: Int
        /// Files made so far, and how many the build will make: counted until every site is
        /// built, estimated from the sites built so far until then.
        public var documentsDone: Int
        public var documentsTotal: Int
        /// The time the sites not yet built will take, at the pace so far.
        public var secondsLeft: Double?
    }
}

/// Counts the sites and files a build has made, from every thread that builds them.
final class ProgressTracker: Sendable {
    private let sites: Int
    private let report: (@Sendable (SiteBuild.Progress) -> Void)?
    private let start = MonotonicClock.seconds()
    private let counts = Mutex((sites: 0, documents: 0))

    init(sites: Int, report: (@Sendable (SiteBuild.Progress) -> Void)?) {
        self.sites = sites
        self.report = report
    }

    func siteDone(documents: Int) {
        guard let report else { return }
        let (sitesDone, documentsDone) = counts.withLock { counts in
            counts.sites += 1
            counts.documents += documents
            return (counts.sites, counts.documents)
        }
        let elapsed = MonotonicClock.seconds() - start
        let remaining = sites - sitesDone
        let total = sitesDone == 0 ? 0 : documentsDone + documentsDone * remaining / sitesDone
        report(SiteBuild.Progress(
            sitesDone: sitesDone, sites: sites, documentsDone: documentsDone, documentsTotal: total,
            secondsLeft: sitesDone == 0 ? nil : elapsed / Double(sitesDone) * Double(remaining)))
    }
}
