/// Inline content flattened into words for filling lines: one byte buffer
/// and, per word, its bytes and display width. A word is a maximal run of
/// non-whitespace, so `**safe**ty` stays one word, as a reader sees it; in text
/// written without spaces (Chinese) a word ends wherever `LineBreakRules` allows a
/// break, and the next word joins it with no space when both share a line.
struct WrappedWords {
    struct Token {
        var start: Int
        var end: Int
        /// Terminal columns; `hardBreakWidth` marks a hard line break.
        var width: Int
        /// Whether the word follows the one before with no space between them.
        var joinsPrevious = false
    }

    static let hardBreakWidth = -1

    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []
    private var wordStart = -1
    private var wordWidth = 0
    /// The current word's last scalar, for finding breaks inside it; 0 between words.
    private var lastScalar: UInt32 = 0
    /// Whether the next word to start continues the last one without a space.
    private var nextJoinsPrevious = false

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
        lastScalar = 0
        nextJoinsPrevious = false
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
            // Measure the run up to the next whitespace or break, then copy it at once.
            var runStart = index
            var runWidth = 0
            while index < count {
                let byte = text[index]
                let scalar: UInt32
                let length: Int
                let width: Int
                if byte < 0x80 {
                    if Self.isWhitespace(byte) { break }
                    scalar = UInt32(byte)
                    length = 1
                    width = byte >= 0x20 && byte != 0x7F ? 1 : 0
                } else {
                    length = min(UTF8Columns.scalarLength(lead: byte), count - index)
                    scalar = UTF8Columns.value(ofScalarAt: index, length: length, in: text)
                    width = UTF8Columns.width(ofScalarAt: index, length: length, in: text)
                }
                // Below U+2E80 nothing is ideographic: Latin and Arabic text skip the rules.
                if max(lastScalar, scalar) >= 0x2E80, LineBreakRules.allowsBreak(between: lastScalar, and: scalar) {
                    // End the word here; the rest of the run starts the next one, joined.
                    appendRun(UnsafeBufferPointer(rebasing: text[runStart..<index]), width: runWidth)
                    endWord()
                    nextJoinsPrevious = true
                    runStart = index
                    runWidth = 0
                }
                lastScalar = scalar
                runWidth += width
                index += length
            }
            appendRun(UnsafeBufferPointer(rebasing: text[runStart..<index]), width: runWidth)
        }
    }

    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>, width: Int) {
        guard !run.isEmpty else { return }
        startWordIfNeeded()
        wordWidth += width
        bytes.append(contentsOf: run)
    }

    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Ends the current word, as whitespace would.
    mutating func endWord() {
        lastScalar = 0
        guard wordStart >= 0 else { return }
        tokens.append(Token(start: wordStart, end: bytes.count, width: wordWidth, joinsPrevious: nextJoinsPrevious))
        wordStart = -1
        nextJoinsPrevious = false
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
