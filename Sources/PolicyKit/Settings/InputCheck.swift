/// The checks made on the raw bytes before parsing: UTF-8 validity and the
/// characters YAML forbids anywhere (NUL, other control characters, a lone CR).
/// Doing them once up front lets the parser treat every byte it meets as valid.
enum InputCheck {
    struct Problem {
        var message: String
        var location: SourceLocation
    }

    static func problems(in bytes: [UInt8], limit: Int) -> [Problem] {
        var found: [Int: String] = [:]
        var order: [Int] = []
        func note(_ offset: Int, _ message: String) {
            if found[offset] == nil && order.count < limit {
                found[offset] = message
                order.append(offset)
            }
        }
        let count = bytes.count
        if SavedEncoding.isUTF16(bytes) {
            return [Problem(message: SavedEncoding.utf16Message, location: SourceLocation(line: 1, column: 1, offset: 0))]
        }
        let bomEnd = (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
        var firstInvalid: Int? = nil
        bytes.withUnsafeBufferPointer { b in
            var i = bomEnd
            while i < count && order.count < limit {
                i = skipPlain(b, from: i)
                if i >= count { break }
                let c = b[i]
                if c >= 0x20 && c < 0x7F || c == 0x0A || c == 0x09 {
                    i += 1
                    continue
                }
                if c == 0x0D {
                    if i + 1 < count && b[i + 1] == 0x0A {
                        i += 2
                    } else {
                        note(i, "a carriage return must be followed by a line feed (use LF or CRLF line ends)")
                        i += 1
                    }
                    continue
                }
                if c == 0 {
                    note(i, "NUL byte (U+0000) is not allowed in a settings file")
                    i += 1
                    continue
                }
                if c < 0x80 {
                    note(i, "control character U+\(hex(UInt32(c))) is not allowed in a settings file")
                    i += 1
                    continue
                }
                let length = plainLength(b, at: i)
                if length > 0 {
                    i += length
                    continue
                }
                guard let (scalar, length) = decode(b, at: i) else {
                    // A file in another encoding has such bytes all through it: one
                    // report, naming the encoding, says all there is to say.
                    if firstInvalid == nil {
                        firstInvalid = i
                        note(i, SavedEncoding.legacyMessage(bytes, firstInvalid: i))
                    }
                    i += 1
                    while i < count && b[i] & 0xC0 == 0x80 { i += 1 }
                    continue
                }
                if (scalar >= 0x80 && scalar < 0xA0 && scalar != 0x85) || scalar == 0xFFFE || scalar == 0xFFFF {
                    note(i, "control character U+\(hex(scalar)) is not allowed in a settings file")
                } else if scalar == 0xFEFF {
                    note(i, "a byte order mark (U+FEFF) is only allowed at the very start of the file")
                }
                i += length
            }
        }
        if order.isEmpty { return [] }
        return order.sorted().map { Problem(message: found[$0]!, location: location(of: $0, in: bytes, bomEnd: bomEnd)) }
    }

    /// Where the first byte from `start` on that needs a closer look is (or the
    /// end): printable ASCII, line feeds, tabs and common characters beyond ASCII
    /// are stepped over.
    private static func skipPlain(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < b.count {
            let c = b[i]
            if c >= 0x20 && c < 0x7F {
                i += 1
                continue
            }
            let length = plainLength(b, at: i)
            if length == 0 { return i }
            i += length
        }
        return i
    }

    /// The length of the line feed, tab or well-formed character at `i` when it
    /// needs no further check, else 0. Most text beyond ASCII is two- and
    /// three-byte sequences that need none beyond their continuation bytes: leads
    /// C3...DF (U+00C0 and up) and E1...EC, EE (no surrogate, noncharacter or byte
    /// order mark; those start with C2, E0, ED or EF and take the full decoding).
    @inline(__always)
    private static func plainLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c == 0x0A || c == 0x09 { return 1 }
        if c >= 0xC3 && c <= 0xDF {
            return i + 1 < b.count && b[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if (c >= 0xE1 && c <= 0xEC) || c == 0xEE {
            return i + 2 < b.count && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80 ? 3 : 0
        }
        return 0
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The scalar starting at `i` and its length in bytes, or nil when the bytes
    /// there are not well-formed UTF-8 (overlong forms and surrogates included).
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let c = b[i]
        let count = b.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < count, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        switch c {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return nil }
            return (UInt32(c & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = cont(1), let c2 = cont(2) else { return nil }
            let value = UInt32(c & 0x0F) << 12 | c1 << 6 | c2
            if value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) { return nil }
            return (value, 3)
        case 0xF0...0xF4:
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
            let value = UInt32(c & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if value < 0x10000 || value > 0x10FFFF { return nil }
            return (value, 4)
        default:
            return nil
        }
    }

    /// Line and column of a byte offset, counted the slow way: only for errors.
    static func location(of offset: Int, in bytes: [UInt8], bomEnd: Int) -> SourceLocation {
        var line = 1
        var lineStart = bomEnd
        var i = bomEnd
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }
}
