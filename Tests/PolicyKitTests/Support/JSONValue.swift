import Foundation

/// A JSON value compared the way the yaml-test-suite's expectations are meant: types are
/// strict (`true` is not `1`, `"1"` is not `1`, `null` is not `""`), except that an
/// integer and a float are equal when their values are.
enum JSONValue: Equatable, Sendable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // JSONDecoder does not convert between JSON's types, so each attempt matches
        // exactly one kind of value.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .float(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func == (left: JSONValue, right: JSONValue) -> Bool {
        switch (left, right) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.float(a), .float(b)): a == b
        case let (.integer(a), .float(b)), let (.float(b), .integer(a)): Double(a) == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a == b
        default: false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case let .bool(value): "\(value)"
        case let .integer(value): "\(value)"
        case let .float(value): "\(value)"
        case let .string(value): "\"\(value)\""
        case let .array(values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case let .object(members):
            "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    struct NotAStream: Error, CustomStringConvertible {
        var description: String
    }

    /// The values of a JSON text stream: values one after another, separated by white
    /// space, as `policykit parse --json` prints one per YAML document. Empty text is no values.
    static func stream(_ bytes: [UInt8]) throws -> [JSONValue] {
        var values: [JSONValue] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return values }
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
                // A container or string ends where the brackets outside strings balance.
                var depth = 0
                var inString = false
                var escaped = false
                repeat {
                    let byte = bytes[index]
                    if inString {
                        if escaped { escaped = false }
                        else if byte == UInt8(ascii: "\\") { escaped = true }
                        else if byte == UInt8(ascii: "\"") { inString = false }
                    } else if byte == UInt8(ascii: "\"") {
                        inString = true
                    } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                        depth -= 1
                    }
                    index += 1
                } while index < bytes.count && (inString || depth > 0)
                guard !inString, depth == 0 else { throw NotAStream(description: "unterminated value at byte \(start)") }
            default:
                // A number, true, false or null runs to the next space.
                while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
            }
            do {
                values.append(try JSONDecoder().decode(JSONValue.self, from: Data(bytes[start..<index])))
            } catch {
                throw NotAStream(description: "not JSON at byte \(start): \(String(decoding: bytes[start..<min(index, start + 80)], as: UTF8.self))")
            }
        }
    }
}
