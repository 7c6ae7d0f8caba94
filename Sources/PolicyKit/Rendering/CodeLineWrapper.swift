/// Writes one line of a code block. Code keeps its spacing, so it is not
/// filled like prose: a line that fits is written as is; a longer one breaks at
/// the last space that fits, and continues two columns deeper than the line's
/// own indentation. A run without spaces is never split, even if it overflows.
struct CodeLineWrapper {
    private let segments: [(text: String, width: Int, isSpace: Bool)]
    private let width: Int

    init(line: Substring, width: Int) {
        self.width = width
        var segments: [(text: String, width: Int, isSpace: Bool)] = []
        var current = ""
        var currentWidth = 0
        var currentIsSpace = false
        var column = 0
        for character in line {
            let isSpace = character == " " || character == "\t"
            if isSpace != currentIsSpace && !current.isEmpty {
                segments.append((current, currentWidth, currentIsSpace))
                current = ""
                currentWidth = 0
            }
            currentIsSpace = isSpace
            if character == "\t" {
                // Tabs stop every four columns, as cmark counts them.
                let spaces = 4 - column % 4
                current += String(repeating: " ", count: spaces)
                currentWidth += spaces
                column += spaces
            } else {
                let characterWidth = DisplayWidth.of(String(character))
                current.append(character)
                currentWidth += characterWidth
                column += characterWidth
            }
        }
        if !current.isEmpty { segments.append((current, currentWidth, currentIsSpace)) }
        self.segments = segments
    }

    func write(into writer: inout TextLineWriter) {
        writer.beginLine()
        guard !segments.isEmpty else {
            writer.endLine()
            return
        }
        let indent = segments[0].isSpace ? segments[0].width : 0
        let continuation = Array(String(repeating: " ", count: indent + 2).utf8)
        var lineWidth = 0
        var hasWord = false
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            if segment.isSpace {
                // A space run is written only if the next word fits after it.
                if hasWord, index + 1 < segments.count,
                   lineWidth + segment.width + segments[index + 1].width > width {
                    writer.endLine()
                    writer.beginLine()
                    writer.append(continuation)
                    lineWidth = continuation.count
                    hasWord = false
                } else {
                    writer.append(Array(segment.text.utf8))
                    lineWidth += segment.width
                }
            } else {
                writer.append(Array(segment.text.utf8))
                lineWidth += segment.width
                hasWord = true
            }
            index += 1
        }
        writer.endLine()
    }
}
