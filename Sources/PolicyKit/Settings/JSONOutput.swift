/// Writes a node tree as JSON, the way the YAML 1.2 core schema reads it: plain
/// scalars become null, booleans, numbers or strings; every other scalar is a
/// string; mapping keys are strings. Output is compact and deterministic (keys
/// keep their order in the file).
public enum JSONOutput {
    /// The JSON text of `node`, or an error for a value JSON cannot hold
    /// (`.inf`, `.nan`), located at that value.
    public static func encode(_ node: Node, path: String? = nil) throws(DiagnosticList) -> String {
        String(decoding: try encodeUTF8(node, path: path), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, for writing straight to a file or pipe.
    public static func encodeUTF8(_ node: Node, path: String? = nil) throws(DiagnosticList) -> [UInt8] {
        let result: Result<[UInt8], DiagnosticList> = DeepStack.run {
            var out: [UInt8] = []
            out.reserveCapacity(4096)
            var problems: [Diagnostic] = []
            write(node, to: &out, problems: &problems, path: path)
            if !problems.isEmpty { return .failure(DiagnosticList(problems)) }
            return .success(out)
        }
        return try result.get()
    }

    private static func write(_ node: Node, to out: inout [UInt8], problems: inout [Diagnostic], path: String?) {
        switch node.kind {
        case .scalar(let scalar):
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

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
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
        }
        out.append(UInt8(ascii: "\""))
    }
}
