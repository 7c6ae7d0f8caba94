/// Collects what is wrong with a settings file while it is decoded, so one run
/// reports every problem (up to a limit) instead of stopping at the first.
final class DecodingContext {
    /// Past this many errors the rest are usually consequences of the first ones.
    static let errorLimit = 50

    /// The path of each file the settings were read from, by `SourceLocation.file`.
    private let paths: [Int: String]
    private var found: [Diagnostic] = []
    private var limitNote: Diagnostic?
    private(set) var errorCount = 0
    /// The policy's languages, primary first, once read: text given per language is
    /// checked against them.
    var languages: [Language] = [.english]
    /// The `languages` list had errors, so text for a language missing from it may be
    /// meant for one of the list's broken entries: not worth a second report.
    var languagesUncertain = false
    private var stopped = false
    /// Keys the file gives that the decoder has not asked for yet, by where they are
    /// written; nil (and not kept) unless `trackingUnreadKeys()` was called. A key the
    /// tables accept but no code reads would be taken and silently ignored: the tests
    /// use this to show that every key of the tables is read.
    private(set) var unreadKeys: [SourceLocation: String]?

    func trackingUnreadKeys() -> Self {
        unreadKeys = [:]
        return self
    }

    func noteKey(_ name: String, at location: SourceLocation) {
        unreadKeys?[location] = name
    }

    func noteRead(at location: SourceLocation) {
        unreadKeys?[location] = nil
    }

    convenience init(path: String) {
        self.init(paths: [0: path])
    }

    /// `paths[0]` is the settings file itself; the others are the bases it extends.
    init(paths: [Int: String]) {
        self.paths = paths
    }

    /// The file a value was written in, so a merged value is reported where it came from.
    func path(of location: SourceLocation) -> String? {
        paths[location.file] ?? paths[0]
    }

    var hasErrors: Bool { errorCount > 0 }

    /// In file order, whatever order the sections were checked in, so the list reads
    /// top to bottom like the file; the note about stopping comes last.
    var diagnostics: [Diagnostic] {
        let ordered = found.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location.map { ($0.file, $0.offset) } ?? (-1, -1)
            let right = rhs.element.location.map { ($0.file, $0.offset) } ?? (-1, -1)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        return ordered + (limitNote.map { [$0] } ?? [])
    }

    /// The message is only built while errors are still being collected: a file of a
    /// million unknown keys must not spend time wording the ones past the limit.
    func error(_ message: @autoclosure () -> String, at location: SourceLocation) {
        guard !stopped else { return }
        if errorCount == Self.errorLimit {
            stopped = true
            limitNote = .error("too many errors; stopped after \(Self.errorLimit)", path: path(of: location), at: location)
            return
        }
        errorCount += 1
        found.append(.error(message(), path: path(of: location), at: location))
    }

    func warning(_ message: @autoclosure () -> String, at location: SourceLocation) {
        guard !stopped else { return }
        found.append(.warning(message(), path: path(of: location), at: location))
    }
}
