import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one cmark node tree and frees it when done; every use of cmark's parser
/// goes through here so no tree can leak.
///
/// Parsing always uses `CMARK_OPT_DEFAULT`: no smart punctuation, raw HTML kept in
/// the tree (renderers decide what to do with it).
final class CmarkDocument {
    private let root: OpaquePointer

    init(parsing markdown: String) {
        var markdown = markdown
        root = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else {
                    // An empty buffer may have no address; cmark wants a valid pointer.
                    return cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
                }
                return cmark_parse_document(base, chars.count, CMARK_OPT_DEFAULT)
            }
        }
    }

    deinit {
        cmark_node_free(root)
    }

    func withRoot<Result>(_ body: (OpaquePointer) -> Result) -> Result {
        body(root)
    }

    /// cmark's HTML renderer in safe mode: raw HTML becomes a comment and
    /// dangerous link destinations become empty.
    func renderHTML() -> String {
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
