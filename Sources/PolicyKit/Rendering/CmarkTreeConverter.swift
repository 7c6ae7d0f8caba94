import CCmark

/// Turns cmark's node tree into `MarkdownBlock` and `MarkdownInline` values.
///
/// Strings returned by cmark's getters belong to the nodes, so they are copied
/// into Swift strings before the tree is freed.
///
/// Containers nested deeper than `maximumDepth` (block quotes and lists, or emphasis and
/// links) are flattened into their innermost content: Markdown of thousands of levels
/// (`> > > ...`) must not overflow the stack here, in the renderer or when the values
/// are freed, and no reader follows such nesting anyway.
enum CmarkTreeConverter {
    static let maximumDepth = 100

    static func blocks(childrenOf parent: OpaquePointer, depth: Int = 0) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(childCount(parent))
        var child = cmark_node_first_child(parent)
        while let node = child {
            appendBlock(node, to: &result, depth: depth)
            child = cmark_node_next(node)
        }
        return result
    }

    private static func appendBlock(_ node: OpaquePointer, to result: inout [MarkdownBlock], depth: Int) {
        let type = cmark_node_get_type(node)
        if depth >= maximumDepth, !isLeafBlock(type) {
            result.append(contentsOf: leafBlocks(under: node))
            return
        }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            result.append(.paragraph(inlines(childrenOf: node)))
        case CMARK_NODE_HEADING:
            result.append(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(childrenOf: node)))
        case CMARK_NODE_BLOCK_QUOTE:
            result.append(.blockQuote(blocks(childrenOf: node, depth: depth + 1)))
        case CMARK_NODE_LIST:
            result.append(.list(list(node, depth: depth + 1)))
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            if let form = form(info: info, node: node) {
                result.append(.form(form))
            } else {
                result.append(.codeBlock(info: info, literal: literal(node)))
            }
        case CMARK_NODE_HTML_BLOCK:
            result.append(.htmlBlock(literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            result.append(.thematicBreak)
        default:
            // Custom blocks never come out of the parser; keep whatever they hold.
            result.append(contentsOf: blocks(childrenOf: node, depth: depth + 1))
        }
    }

    private static func isLeafBlock(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK: true
        default: false
        }
    }

    /// The leaf blocks under `node` in document order, found without recursion.
    private static func leafBlocks(under node: OpaquePointer) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var pending = children(of: node).reversed() as [OpaquePointer]
        while let next = pending.popLast() {
            if isLeafBlock(cmark_node_get_type(next)) {
                appendBlock(next, to: &result, depth: 0)
            } else {
                pending.append(contentsOf: children(of: next).reversed())
            }
        }
        return result
    }

    private static func isLeafInline(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: true
        default: false
        }
    }

    /// The leaf inlines under `node` in document order, found without recursion.
    private static func leafInlines(under node: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var pending = children(of: node).reversed() as [OpaquePointer]
        while let next = pending.popLast() {
            if isLeafInline(cmark_node_get_type(next)) {
                appendInline(next, to: &result, depth: 0)
            } else {
                pending.append(contentsOf: children(of: next).reversed())
            }
        }
        return result
    }

    private static func children(of parent: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            result.append(node)
            child = cmark_node_next(node)
        }
        return result
    }

    private static func list(_ node: OpaquePointer, depth: Int) -> MarkdownList {
        let kind: MarkdownList.Kind
        if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
            let delimiter: MarkdownList.Delimiter =
                cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .parenthesis : .period
            kind = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
        } else {
            kind = .bullet
        }
        var items: [MarkdownListItem] = []
        items.reserveCapacity(childCount(node))
        var child = cmark_node_first_child(node)
        while let item = child {
            items.append(MarkdownListItem(blocks: blocks(childrenOf: item, depth: depth)))
            child = cmark_node_next(item)
        }
        return MarkdownList(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items)
    }

    static func inlines(childrenOf parent: OpaquePointer, depth: Int = 0) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        result.reserveCapacity(childCount(parent))
        var child = cmark_node_first_child(parent)
        while let node = child {
            appendInline(node, to: &result, depth: depth)
            child = cmark_node_next(node)
        }
        return result
    }

    private static func appendInline(_ node: OpaquePointer, to result: inout [MarkdownInline], depth: Int) {
        let type = cmark_node_get_type(node)
        if depth >= maximumDepth, !isLeafInline(type) {
            result.append(contentsOf: leafInlines(under: node))
            return
        }
        switch type {
        case CMARK_NODE_TEXT:
            result.append(.text(literal(node)))
        case CMARK_NODE_SOFTBREAK:
            result.append(.softBreak)
        case CMARK_NODE_LINEBREAK:
            result.append(.lineBreak)
        case CMARK_NODE_CODE:
            result.append(.code(literal(node)))
        case CMARK_NODE_HTML_INLINE:
            result.append(.html(literal(node)))
        case CMARK_NODE_EMPH:
            result.append(.emphasis(inlines(childrenOf: node, depth: depth + 1)))
        case CMARK_NODE_STRONG:
            result.append(.strong(inlines(childrenOf: node, depth: depth + 1)))
        case CMARK_NODE_LINK:
            result.append(.link(destination: string(cmark_node_get_url(node)),
                                title: string(cmark_node_get_title(node)),
                                inlines(childrenOf: node, depth: depth + 1)))
        case CMARK_NODE_IMAGE:
            result.append(.image(source: string(cmark_node_get_url(node)),
                                 title: string(cmark_node_get_title(node)),
                                 inlines(childrenOf: node, depth: depth + 1)))
        default:
            result.append(contentsOf: inlines(childrenOf: node, depth: depth + 1))
        }
    }

    /// The form a fenced block with the info string `form` holds, when its lines read as one.
    static func form(info: String, node: OpaquePointer) -> MarkdownForm? {
        guard info.split(separator: " ", maxSplits: 1).first == "form" else { return nil }
        return try? FormParser.parse(literal(node)).get()
    }

    /// Counting first lets each array be allocated once at its final size.
    private static func childCount(_ parent: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(parent)
        while let node = child {
            count += 1
            child = cmark_node_next(node)
        }
        return count
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
