/// Writes a node tree as JSON, the way the YAML 1.2 core schema reads it: plain
/// scalars become null, booleans, numbers or strings; every other scalar is a
/// string; mapping keys are strings. Output is compact and deterministic (keys
/// keep their order in the file).
package enum JSONOutput {
    /// The JSON text of `node`, or an error for a value JSON cannot hold
    /// (`.inf`, `.nan`), located at that value.
    package static func encode(_ node: Node, path: String? = nil) throws(DiagnosticList) -> String {
        String(decoding: try encodeUTF8(node, path: path), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, for writing straight to a file or pipe.
    static func encodeUTF8(_ node: Node, path: String? = nil) throws(DiagnosticList) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var problems: [Diagnostic] = []
        write(node, to: &out, problems: &problems, path: path)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return out
    }

    private static func write(_ node: Node, to out: inout [UInt8], problems: inout [Diagnostic], path: String?) {
        if let (document, id) = node.parsed {
            writeParsed(document, id, to: &out, problems: &problems, path: path)
            return
        }
        switch node.kind {
        case .scalar(let scalar):
            writeScalar(scalar, of: node, to: &out, problems: &problems, path: path)
        case .sequence(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out, problems: &problems, path: path)
            }
            out.append(UInt8(ascii: "]"))
        case .mapping(let entries):
            out.append(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(CoreSchema.keyText(entry.key), to: &out)
                out.append(UInt8(ascii: ":"))
                write(entry.value, to: &out, problems: &problems, path: path)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeScalar(_ scalar: Scalar, of node: Node, to out: inout [UInt8],
                                    problems: inout [Diagnostic], path: String?) {
        switch CoreSchema.resolve(scalar) {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let digits): out.append(contentsOf: digits.utf8)
        case .float(let text): out.append(contentsOf: text.utf8)
        case .infinity, .notANumber:
            if problems.count < SettingsParser.maximumErrors {
                problems.append(.error("'\(scalar.text)' is a float JSON cannot represent; quote it to keep it as text",
                                       path: path, at: node.location))
            }
            out.append(contentsOf: "null".utf8)
        case .string(let text): writeString(text, to: &out)
        }
    }

    /// A node straight from the parser's records: text that can only be a string
    /// is copied from the file's bytes without making a `String` or `Node` for it.
    private static func writeParsed(_ document: ParsedDocument, _ id: NodeID, to out: inout [UInt8],
                                    problems: inout [Diagnostic], path: String?) {
        let record = document.storage.records[Int(id)]
        let first = Int(record.first)
        switch record.kind {
        case .sequence:
            out.append(UInt8(ascii: "["))
            for index in first..<first + Int(record.count) {
                if index > first { out.append(UInt8(ascii: ",")) }
                writeParsed(document, document.storage.children[index], to: &out, problems: &problems, path: path)
            }
            out.append(UInt8(ascii: "]"))
        case .mapping:
            out.append(UInt8(ascii: "{"))
            for index in stride(from: first, to: first + Int(record.count), by: 2) {
                if index > first { out.append(UInt8(ascii: ",")) }
                let key = document.storage.children[index]
                if isPlainNonString(document, key) {
                    writeString(CoreSchema.keyText(Node(document, key)), to: &out)
                } else {
                    document.withText(document.storage.records[Int(key)]) { writeString(bytes: $0, to: &out) }
                }
                out.append(UInt8(ascii: ":"))
                writeParsed(document, document.storage.children[index + 1], to: &out, problems: &problems, path: path)
            }
            out.append(UInt8(ascii: "}"))
        default:
            if isPlainNonString(document, id) {
                // null, a boolean, a number or a float JSON cannot hold: resolved as text.
                let node = Node(document, id)
                writeScalar(Scalar(document.text(record), style: .plain), of: node, to: &out, problems: &problems, path: path)
            } else {
                document.withText(record) { writeString(bytes: $0, to: &out) }
            }
        }
    }

    /// Whether the node is a plain scalar the core schema might read as something
    /// other than a string.
    private static func isPlainNonString(_ document: ParsedDocument, _ id: NodeID) -> Bool {
        let record = document.storage.records[Int(id)]
        return record.kind == .plain && document.withText(record) { CoreSchema.mayNotBeString($0) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { writeString(bytes: $0, to: &out) }
    }

    static func writeString(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Copy runs that need no escaping in one go.
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: "u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }
}
