/// What the preview shows now, and the open pages to tell when it changes.
actor PreviewState {
    struct Snapshot: Sendable {
        /// Changes with every build; the page reloads when the one it shows is not the
        /// latest. It starts with a number for this run, so a page left open across a
        /// restart of the preview reloads too.
        var version: String
        /// The documents of the last build that succeeded: they stay in view while the
        /// settings have errors, so the user keeps their place.
        var documents: [PreviewDocument]
        /// The problems of the latest build, errors first.
        var diagnostics: [ShownDiagnostic]
        /// Whether the latest build failed (its documents are then older ones).
        var latestFailed: Bool
        /// The settings file as given, for the page's heading.
        var settingsPath: String
    }

    private(set) var snapshot: Snapshot
    private let run = UInt32.random(in: 0...UInt32.max)
    private(set) var builds = 0
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0

    init(settingsPath: String) {
        snapshot = Snapshot(version: "", documents: [], diagnostics: [], latestFailed: true, settingsPath: settingsPath)
    }

    /// Shows a new build and tells every open page.
    func show(_ build: PreviewBuild) {
        builds += 1
        snapshot.version = String(run, radix: 16) + "." + String(builds)
        if let documents = build.documents { snapshot.documents = documents }
        snapshot.diagnostics = build.diagnostics
        snapshot.latestFailed = build.documents == nil
        for listener in listeners.values { listener.yield(EventStreamBody.event(snapshot.version)) }
    }

    /// The events of one open page: the current version straight away, then each new one.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        continuation.yield(EventStreamBody.retryAdvice + EventStreamBody.event(snapshot.version))
        return stream
    }

    /// Sends every open page a comment line, so a page that has gone is noticed (its
    /// write fails) and its connection closed.
    func keepAlive() {
        for listener in listeners.values { listener.yield(EventStreamBody.keepAlive) }
    }

    var listenerCount: Int { listeners.count }

    private func forget(_ id: Int) {
        listeners[id] = nil
    }
}
