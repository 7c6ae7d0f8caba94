/// Turns a byte offset into line and column, given where each line starts.
///
/// Nodes keep only byte offsets; the line and column of one are worked out when
/// something asks for them (a message, the decoder), which is rare next to the
/// number of nodes a large file has.
enum LineTable {
    /// The location of `offset`, which must not lie before `lineStarts[0]`.
    /// Columns count Unicode scalars from the line's start, as editors do.
    static func location(of offset: Int, lineStarts: [UInt32], text: UnsafeBufferPointer<UInt8>,
                         file: Int = 0) -> SourceLocation {
        // The last line starting at or before the offset.
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle }
        }
        let lineStart = Int(lineStarts[low])
        return SourceLocation(line: low + 1, column: column(of: offset, lineStart: lineStart, text: text),
                              offset: offset, file: file)
    }

    static func column(of offset: Int, lineStart: Int, text: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        var i = lineStart
        while i < offset {
            if text[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
