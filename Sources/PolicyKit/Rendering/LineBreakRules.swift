/// Where a line may break inside a run of text with no spaces, as Chinese and Japanese are
/// written: between any two characters when one of them is ideographic, except before
/// closing punctuation (，。、）」 and the like: a line never starts with it) and after
/// opening punctuation (（「《 and the like: a line never ends with it). A simplified form
/// of the Unicode line-breaking rules (UAX #14) for the ideographic classes.
enum LineBreakRules {
    /// Whether a line may break between `before` and `after`, two scalars with no space
    /// between them. `before` is 0 at the start of a word.
    @inline(__always)
    static func allowsBreak(between before: UInt32, and after: UInt32) -> Bool {
        guard before != 0, isIdeographic(before) || isIdeographic(after) else { return false }
        return !neverStartsLine(after) && !neverEndsLine(before)
    }

    /// Han, kana, CJK punctuation and full-width forms: scripts written without spaces.
    static func isIdeographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Closing punctuation, marks that belong to the character before them, and scalars
    /// that take no column (a combining mark or a direction isolate's end).
    static func neverStartsLine(_ value: UInt32) -> Bool {
        if closing.contains(value) { return true }
        guard let scalar = Unicode.Scalar(value), value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return true
        default: return false
        }
    }

    /// Opening punctuation and currency signs that belong to what follows, and the
    /// opening direction isolates.
    static func neverEndsLine(_ value: UInt32) -> Bool {
        opening.contains(value)
    }

    private static let closing: Set<UInt32> = Set(
        "!),.:;?]}%'\"、。，．：；？！）」』】》〉〕〗〙〛｝］＂＇｡｣､･ー々〻ゝゞヽヾ〜～‐–—…‥’”‰℃·・ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％".unicodeScalars.map(\.value)
            + [0x2069]
    )

    private static let opening: Set<UInt32> = Set(
        "([{（「『【《〈〔〖〘〚｛［｢‘“＄￥£¥$".unicodeScalars.map(\.value)
            + [0x2066, 0x2067, 0x2068]
    )
}
