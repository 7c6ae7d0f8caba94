/// How the YAML 1.2 core schema reads a plain scalar: null, boolean, integer,
/// float or string. Quoted and block scalars are always strings.
enum CoreSchema {
    enum Value: Equatable {
        case null
        case bool(Bool)
        /// The integer in decimal digits, with a leading '-' when negative.
        case integer(String)
        /// A JSON-compatible rendering of a finite float.
        case float(String)
        case infinity(negative: Bool)
        case notANumber
        case string(String)
    }

    static func resolve(_ scalar: Scalar) -> Value {
        guard scalar.style == .plain else { return .string(scalar.text) }
        return resolvePlain(scalar.text)
    }

    static func resolvePlain(_ text: String) -> Value {
        // Only these first characters can start a non-string: decide most keys and
        // words without comparing text.
        if let first = text.utf8.first {
            switch first {
            case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                 UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            default:
                return .string(text)
            }
        }
        // The words are told apart by first character and length before any text
        // is compared: keys such as `name` or `notes` are decided here.
        let count = text.utf8.count
        switch text.utf8.first {
        case nil:
            return .null
        case UInt8(ascii: "~"):
            if count == 1 { return .null }
            return .string(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if count == 4 && (text == "null" || text == "Null" || text == "NULL") { return .null }
            return .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            if count == 4 && (text == "true" || text == "True" || text == "TRUE") { return .bool(true) }
            return .string(text)
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            if count == 5 && (text == "false" || text == "False" || text == "FALSE") { return .bool(false) }
            return .string(text)
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            if count == 4 || count == 5 {
                switch text {
                case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity(negative: false)
                case "-.inf", "-.Inf", "-.INF": return .infinity(negative: true)
                case ".nan", ".NaN", ".NAN": return .notANumber
                default: break
                }
            }
        default:
            break
        }
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return .string(text) }
        let startsNumber = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
            || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        guard startsNumber else { return .string(text) }
        if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o"), let digits = radixDigits(bytes[2...], radix: 8) {
                return .integer(toDecimal(digits, radix: 8))
            }
            if bytes[1] == UInt8(ascii: "x"), let digits = radixDigits(bytes[2...], radix: 16) {
                return .integer(toDecimal(digits, radix: 16))
            }
        }
        return number(bytes) ?? .string(text)
    }

    /// `[-+]?[0-9]+` as an integer, `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` as a float.
    private static func number(_ bytes: [UInt8]) -> Value? {
        var i = 0
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        let intStart = i
        while isDigit(i) { i += 1 }
        let intDigits = Array(bytes[intStart..<i])
        if i == bytes.count {
            guard !intDigits.isEmpty else { return nil }
            let digits = trimZeros(intDigits)
            return .integer((negative && digits != "0" ? "-" : "") + digits)
        }
        var fraction: [UInt8] = []
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fracStart = i
            while isDigit(i) { i += 1 }
            fraction = Array(bytes[fracStart..<i])
            if intDigits.isEmpty && fraction.isEmpty { return nil }
        } else if intDigits.isEmpty {
            return nil
        }
        var exponent = ""
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            var sign = ""
            if i < bytes.count && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
                if bytes[i] == UInt8(ascii: "-") { sign = "-" }
                i += 1
            }
            let expStart = i
            while isDigit(i) { i += 1 }
            if expStart == i { return nil }
            exponent = "e" + sign + String(decoding: bytes[expStart..<i], as: UTF8.self)
        }
        if i != bytes.count { return nil }
        let whole = intDigits.isEmpty ? "0" : trimZeros(intDigits)
        let frac = fraction.isEmpty ? "0" : String(decoding: fraction, as: UTF8.self)
        return .float((negative ? "-" : "") + whole + "." + frac + exponent)
    }

    private static func trimZeros(_ digits: [UInt8]) -> String {
        var k = 0
        while k < digits.count - 1 && digits[k] == UInt8(ascii: "0") { k += 1 }
        return String(decoding: digits[k...], as: UTF8.self)
    }

    private static func radixDigits(_ bytes: ArraySlice<UInt8>, radix: Int) -> [Int]? {
        var digits: [Int] = []
        for c in bytes {
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c - 0x30)
            case 0x61...0x66: d = Int(c - 0x61 + 10)
            case 0x41...0x46: d = Int(c - 0x41 + 10)
            default: return nil
            }
            if d >= radix { return nil }
            digits.append(d)
        }
        return digits.isEmpty ? nil : digits
    }

    /// Converts digits in `radix` to decimal text of any length.
    private static func toDecimal(_ digits: [Int], radix: Int) -> String {
        var decimal: [Int] = [0] // least significant first
        for d in digits {
            var carry = d
            for k in 0..<decimal.count {
                let v = decimal[k] * radix + carry
                decimal[k] = v % 10
                carry = v / 10
            }
            while carry > 0 {
                decimal.append(carry % 10)
                carry /= 10
            }
        }
        return String(decimal.reversed().map { Character(String($0)) })
    }

    /// A key's identity for duplicate detection and its text as a JSON object key:
    /// the JSON text of what the key resolves to, or the string itself.
    static func keyText(_ key: Node) -> String {
        guard case .scalar(let scalar) = key.kind else { return "" }
        return canonicalText(resolve(scalar))
    }

    /// The text that identifies a resolved value as a mapping key: `0x1` and `1`
    /// give the same.
    static func canonicalText(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let digits): return digits
        case .float(let text): return text
        case .infinity(let negative): return negative ? "-.inf" : ".inf"
        case .notANumber: return ".nan"
        case .string(let s): return s
        }
    }

    /// Whether a plain scalar starting with `first` could be something other
    /// than a string (see `mayNotBeString`); most first letters rule it out.
    @inline(__always)
    static func mayStartNonString(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    /// Whether a plain scalar with this text could resolve to something other than
    /// a string: the same first-byte, length and spelling tests `resolvePlain`
    /// makes, so that a caller holding bytes can skip making a `String` for words.
    static func mayNotBeString(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return true }
        func isOne(of words: StaticString...) -> Bool {
            words.contains { word in
                word.utf8CodeUnitCount == text.count
                    && UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(text)
            }
        }
        switch first {
        case UInt8(ascii: "~"): return text.count == 1
        case UInt8(ascii: "n"), UInt8(ascii: "N"): return text.count == 4 && isOne(of: "null", "Null", "NULL")
        case UInt8(ascii: "t"), UInt8(ascii: "T"): return text.count == 4 && isOne(of: "true", "True", "TRUE")
        case UInt8(ascii: "f"), UInt8(ascii: "F"): return text.count == 5 && isOne(of: "false", "False", "FALSE")
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }
}
