/// Writes one line of a code block. Code keeps its spacing, so it is not
/// filled like prose: a line that fits is written as is; a longer one breaks at
/// the last space that fits, and continues two columns deeper than the line's
/// own indentation. A run without spaces is never split, even if it overflows.
struct CodeLineWrapper {
    private struct Segment {
        var start: Int
        var end: Int
        var width: Int
        var isSpace: Bool
    }

    /// Tabs stop every four columns, as CommonMark counts them.
    private static let tabStop = 4

    /// Reused between lines to spare allocations.
    private var expanded: [UInt8] = []
    private var segments: [Segment] = []

    init() {
        expanded.reserveCapacity(1_024)
        segments.reserveCapacity(256)
    }

    mutating func write(_ line: UnsafeBufferPointer<UInt8>, width: Int, into writer: inout TextLineWriter) {
        if let lineWidth = Self.widthWithoutTabs(line), lineWidth <= width {
            writer.beginLine()
            writer.append(line)
            writer.endLine()
            return
        }
        writeExpandingAndWrapping(line, width: width, into: &writer)
    }

    /// The line's columns, or nil when it has a tab (whose width depends on its column).
    private static func widthWithoutTabs(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var columns = 0
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                if byte == 0x09 { return nil }
                if byte >= 0x20 && byte != 0x7F { columns += 1 }
                index += 1
            } else {
                let length = min(UTF8Columns.scalarLength(lead: byte), line.count - index)
                columns += UTF8Columns.width(ofScalarAt: index, length: length, in: line)
                index += length
            }
        }
        return columns
    }

    private mutating func writeExpandingAndWrapping(_ line: UnsafeBufferPointer<UInt8>, width: Int, into writer: inout TextLineWriter) {
        expanded.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
        var column = 0
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            let isSpace = byte == 0x20 || byte == 0x09
            if segments.isEmpty || segments[segments.count - 1].isSpace != isSpace {
                segments.append(Segment(start: expanded.count, end: expanded.count, width: 0, isSpace: isSpace))
            }
            let length: Int
            let columns: Int
            if byte == 0x09 {
                length = 1
                columns = Self.tabStop - column % Self.tabStop
                expanded.append(contentsOf: repeatElement(0x20, count: columns))
            } else {
                length = min(UTF8Columns.scalarLength(lead: byte), line.endIndex - index)
                columns = UTF8Columns.width(ofScalarAt: index, length: length, in: line)
                expanded.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<(index + length)]))
            }
            column += columns
            segments[segments.count - 1].end = expanded.count
            segments[segments.count - 1].width += columns
            index += length
        }

        writer.beginLine()
        if column <= width {
            writer.append(expanded)
            writer.endLine()
            return
        }
        let indent = segments[0].isSpace ? segments[0].width : 0
        var lineWidth = 0
        var hasWord = false
        for (position, segment) in segments.enumerated() {
            if segment.isSpace, hasWord, position + 1 < segments.count,
               lineWidth + segment.width + segments[position + 1].width > width {
                writer.endLine()
                writer.beginLine()
                writer.append(repeating: 0x20, count: indent + 2)
                lineWidth = indent + 2
                hasWord = false
                continue
            }
            writer.append(expanded[segment.start..<segment.end])
            lineWidth += segment.width
            if !segment.isSpace { hasWord = true }
        }
        writer.endLine()
    }
}
