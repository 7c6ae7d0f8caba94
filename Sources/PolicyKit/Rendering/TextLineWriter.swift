/// Writes plain-text lines under nested prefixes (block-quote bars, list
/// markers and their hanging indents), straight into a UTF-8 buffer.
///
/// Each container pushes a prefix with a first-line form and a continuation
/// form of the same width: `- ` then `  ` for a bullet, `> ` for a quote. The
/// first line written inside a container takes the first form.
struct TextLineWriter {
    private struct Prefix {
        var first: [UInt8]
        var rest: [UInt8]
        var width: Int
        var used = false
    }

    private(set) var output: [UInt8] = []
    private(set) var lineCount = 0
    private var prefixes: [Prefix] = []
    /// How many columns the prefixes take.
    private(set) var indentWidth = 0
    /// A blank line owed before the next line, and how many prefixes it carries.
    /// Deferred so that a block which renders to nothing leaves no double gap.
    private var pendingBlankDepth: Int?

    init(reservingCapacity capacity: Int) {
        output.reserveCapacity(capacity)
    }

    var depth: Int { prefixes.count }

    /// `first` and `rest` must be the same width; ASCII, so bytes are columns.
    mutating func pushPrefix(first: [UInt8], rest: [UInt8]) {
        prefixes.append(Prefix(first: first, rest: rest, width: first.count))
        indentWidth += first.count
    }

    mutating func popPrefix() {
        let prefix = prefixes.removeLast()
        indentWidth -= prefix.width
    }

    /// Asks for a blank line between what has been written and what comes next.
    mutating func separateWithBlankLine() {
        pendingBlankDepth = prefixes.count
    }

    mutating func cancelBlankLine() {
        pendingBlankDepth = nil
    }

    mutating func beginLine() {
        if let blankDepth = pendingBlankDepth {
            pendingBlankDepth = nil
            writePrefixes(upTo: blankDepth)
            endLine()
        }
        writePrefixes(upTo: prefixes.count)
    }

    mutating func append(_ byte: UInt8) {
        output.append(byte)
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        output.append(contentsOf: bytes)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        output.append(contentsOf: bytes)
    }

    mutating func append(_ bytes: [UInt8]) {
        output.append(contentsOf: bytes)
    }

    mutating func append(repeating byte: UInt8, count: Int) {
        output.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Ends the line; trailing spaces (an empty bullet's, a bare quote bar's) are dropped.
    mutating func endLine() {
        while output.last == 0x20 { output.removeLast() }
        output.append(0x0A)
        lineCount += 1
    }

    private mutating func writePrefixes(upTo depth: Int) {
        for index in 0..<depth {
            if prefixes[index].used {
                output.append(contentsOf: prefixes[index].rest)
            } else {
                output.append(contentsOf: prefixes[index].first)
                prefixes[index].used = true
            }
        }
    }
}
