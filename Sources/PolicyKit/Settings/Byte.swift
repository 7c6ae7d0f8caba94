/// The bytes the grammar cares about.
enum Byte {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D

    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == space || c == tab }
    @inline(__always) static func isBreak(_ c: UInt8) -> Bool { c == lf || c == cr }
    /// Blank, line break, or end of input (read as 0).
    @inline(__always) static func isBlankOrBreakOrEnd(_ c: UInt8) -> Bool {
        c == space || c == tab || c == lf || c == cr || c == 0
    }
    /// The bytes a plain scalar's scan must look at: breaks, the end (0), '#', ':'
    /// and the flow indicators. Every other byte, blanks included, just continues
    /// the text (trailing blanks are trimmed once the scalar's line ends).
    @inline(__always) static func mayEndPlain(_ c: UInt8) -> Bool {
        isBreak(c) || c == 0 || c == hash || c == colon || isFlowIndicator(c)
    }
    @inline(__always) static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == comma || c == openBracket || c == closeBracket || c == openBrace || c == closeBrace
    }
}
