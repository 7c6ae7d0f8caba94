/// What PolicyKit reads from and changes in a finished PDF, without a PDF library.
enum PDFFacts {
    /// The number of pages: the page objects (`/Type /Page`) the file holds. nil when
    /// there are none to see, as in a PDF that keeps its objects compressed.
    static func pageCount(of pdf: [UInt8]) -> Int? {
        let key = Array("/Type".utf8)
        var count = 0
        var index = 0
        while let found = find(key, in: pdf, from: index) {
            var cursor = found + key.count
            while cursor < pdf.count, isWhitespace(pdf[cursor]) { cursor += 1 }
            let name = Array("/Page".utf8)
            if cursor + name.count <= pdf.count, Array(pdf[cursor..<cursor + name.count]) == name {
                let after = cursor + name.count
                if after == pdf.count || !isNameCharacter(pdf[after]) { count += 1 }
            }
            index = found + key.count
        }
        return count == 0 ? nil : count
    }

    /// Replaces the date and time in `/CreationDate` and `/ModDate` with `date` at
    /// midnight, keeping every byte offset (and so the cross-reference table) as it was.
    /// Engines stamp the moment of printing there, the one part of their output that
    /// would otherwise differ from run to run.
    static func withDates(of pdf: [UInt8], setTo date: CalendarDate) -> [UInt8] {
        var bytes = pdf
        let digits = Array(String(format4(date.year) + format2(date.month) + format2(date.day) + "000000").utf8)
        for key in ["/CreationDate", "/ModDate"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = find(pattern, in: bytes, from: index) {
                var cursor = found + pattern.count
                while cursor < bytes.count, isWhitespace(bytes[cursor]) { cursor += 1 }
                // (D:YYYYMMDDHHmmSS...: only the fourteen digits change.
                let prefix = Array("(D:".utf8)
                if cursor + prefix.count + 14 <= bytes.count,
                   Array(bytes[cursor..<cursor + prefix.count]) == prefix,
                   bytes[(cursor + prefix.count)..<(cursor + prefix.count + 14)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    bytes.replaceSubrange((cursor + prefix.count)..<(cursor + prefix.count + 14), with: digits)
                }
                index = found + pattern.count
            }
        }
        return bytes
    }

    /// Renumbers the ids of the tagged structure's elements (`/ID (node00002171)`) in the
    /// order they appear, each at its own width, so every byte offset holds. Chromium
    /// numbers them by a count of all the elements its page process has made, so the same
    /// page would otherwise print differently after other pages than after none.
    static func withElementIDsInOrder(of pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        let prefix = Array("(node".utf8)
        var renumbered: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while let found = find(prefix, in: bytes, from: index) {
            let start = found + prefix.count
            var end = start
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            index = end
            guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { continue }
            let old = bytes[start..<end]
            let number = renumbered[old] ?? (renumbered.count + 1)
            renumbered[old] = number
            let digits = String(number)
            guard digits.count <= old.count else { continue }
            bytes.replaceSubrange(start..<end, with: Array((String(repeating: "0", count: old.count - digits.count) + digits).utf8))
        }
        return bytes
    }

    private static func format4(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    private static func format2(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// Bytes that continue a PDF name: anything but whitespace and delimiters.
    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        if isWhitespace(byte) { return false }
        return !"()<>[]{}/%".utf8.contains(byte)
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
