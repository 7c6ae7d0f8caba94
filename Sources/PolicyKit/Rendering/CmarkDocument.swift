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
    /// Whether the Markdown may hold a form block, so rendering looks for one.
    private let mayHoldForm: Bool

    init(parsing markdown: String) {
        mayHoldForm = FormFence.mayHoldForm(markdown)
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
    ///
    /// A form block becomes the HTML of its form (`FormHTML`): for the time of rendering it
    /// is swapped for a custom block holding that HTML, which cmark writes as it is, and
    /// then put back, so the tree is unchanged for the other renderers.
    func renderHTML() -> String {
        let swapped = mayHoldForm ? swapFormsForHTML() : []
        defer {
            for (form, custom) in swapped {
                cmark_node_replace(custom, form)
                cmark_node_free(custom)
            }
        }
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Puts a custom block with the form's HTML in place of each form block; returns both.
    private func swapFormsForHTML() -> [(form: OpaquePointer, custom: OpaquePointer)] {
        var forms: [(OpaquePointer, MarkdownForm)] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            if let form = CmarkTreeConverter.form(info: info, node: node) { forms.append((node, form)) }
        }
        return forms.compactMap { node, form in
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
            cmark_node_set_on_enter(custom, FormHTML.html(form))
            cmark_node_set_on_exit(custom, "")
            guard cmark_node_replace(node, custom) != 0 else {
                cmark_node_free(custom)
                return nil
            }
            return (node, custom)
        }
    }
}
