/// Inline content flattened into words for filling lines: one byte buffer
/// and, per word, its bytes and display width. A word is a maximal run of
/// non-whitespace, so `**safe**ty` stays one word, as a reader sees it.
struct WrappedWords {
    struct Token {
        var start: Int
        var end: Int
        /// Terminal columns; `hardBreakWidth` marks a hard line break.
        var width: Int
    }

    static let hardBreakWidth = -1

    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []
    private var wordStart = -1
    private var wordWidth = 0

    /// Room for a long paragraph up front: the buffers are reused, and growing
    /// them later means large allocations while the heap is full of small ones.
    init() {
        bytes.reserveCapacity(16_384)
        tokens.reserveCapacity(2_048)
    }

    var isEmpty: Bool { tokens.isEmpty && wordStart < 0 }

    /// Empties the words but keeps the storage, for the next paragraph.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        wordStart = -1
        wordWidth = 0
    }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText(bytes: $0) }
    }

    mutating func appendText(bytes text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = text.count
        while index < count {
            if Self.isWhitespace(text[index]) {
                endWord()
                index += 1
                continue
            }
            // Measure the run up to the next whitespace, then copy it at once.
            let runStart = index
            var runWidth = 0
            while index < count {
                let byte = text[index]
                if byte < 0x80 {
                    if Self.isWhitespace(byte) { break }
                    if byte >= 0x20 && byte != 0x7F { runWidth += 1 }
                    index += 1
                } else {
                    let length = min(UTF8Columns.scalarLength(lead: byte), count - index)
                    runWidth += UTF8Columns.width(ofScalarAt: index, length: length, in: text)
                    index += length
                }
            }
            startWordIfNeeded()
            wordWidth += runWidth
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
        }
    }

    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Ends the current word, as whitespace would.
    mutating func endWord() {
        guard wordStart >= 0 else { return }
        tokens.append(Token(start: wordStart, end: bytes.count, width: wordWidth))
        wordStart = -1
    }

    mutating func appendHardBreak() {
        endWord()
        tokens.append(Token(start: bytes.count, end: bytes.count, width: Self.hardBreakWidth))
    }

    /// Finishes the last word; call before reading `tokens`.
    mutating func finish() {
        endWord()
    }

    private mutating func startWordIfNeeded() {
        if wordStart < 0 {
            wordStart = bytes.count
            wordWidth = 0
        }
    }
}
