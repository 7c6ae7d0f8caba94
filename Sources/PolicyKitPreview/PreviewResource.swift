/// What a request's path asks for. The preview serves its own page, its script and
/// stylesheet, its event stream and the documents of the last good build, each at one
/// exact path; every other path is not found.
enum PreviewResource: Equatable, Sendable {
    case page
    case script
    case stylesheet
    case events
    /// A built document, by its file name (`poster.fr.html`).
    case document(String)

    /// The resource at `rawPath`, the request target's path exactly as it arrived
    /// (still percent-encoded), or nil when there is none.
    ///
    /// Nothing is ever read from disk by path, so there is no folder to escape from;
    /// still, a path is refused outright when it holds a percent sign, a backslash, an
    /// empty segment or a `.` or `..` segment, so that no spelling of the same path (say
    /// `/documents/../documents/poster.html`, `%2e%2e`, `%2F`) is ever answered.
    static func resolve(_ rawPath: String, documents: Set<String>) -> PreviewResource? {
        guard rawPath.hasPrefix("/"), !rawPath.contains("%"), !rawPath.contains("\\") else { return nil }
        let segments = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments == [""] { return .page }
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        switch segments.count {
        case 1:
            switch segments[0] {
            case "preview.js": return .script
            case "preview.css": return .stylesheet
            case "events": return .events
            default: return nil
            }
        case 2 where segments[0] == "documents":
            let name = String(segments[1])
            return documents.contains(name) ? .document(name) : nil
        default:
            return nil
        }
    }
}
