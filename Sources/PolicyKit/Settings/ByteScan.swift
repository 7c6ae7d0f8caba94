/// Finding the next of a few given bytes eight bytes at a time, in one 64-bit
/// word ("SIMD within a register"), for the scans over scalar text (and over
/// filled documents, in `MarkdownPieces`).
///
/// A byte-at-a-time scan costs a load, a few compares and a branch per byte;
/// here those are spent per word. Scalars are short (a plain scalar in a
/// settings file is about ten bytes), so even their first word pays off.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Sets the high bit of each byte of `word` that equals `byte`. The lowest
    /// flag is always right; a flag above a right one may be wrong (a borrow
    /// carries upwards), which does not matter when only the first is wanted.
    @inline(__always)
    static func flags(_ word: UInt64, equal byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Moves `p` on, a word at a time while a whole word before `limit` remains,
    /// to the first of the bytes `a`, `b`, `c`, `d` or to where fewer than eight
    /// bytes are left; the caller finishes byte by byte (and stops at once when
    /// a byte was found).
    @inline(__always)
    static func skip(from p: Int, limit: Int, in base: UnsafePointer<UInt8>,
                     until a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        var p = p
        while p &+ 8 <= limit {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let found = flags(word, equal: a) | flags(word, equal: b) | flags(word, equal: c) | flags(word, equal: d)
            if found != 0 { return p &+ found.trailingZeroBitCount >> 3 }
            p &+= 8
        }
        return p
    }

    /// Moves `p` over spaces, a word at a time while a whole word before `limit`
    /// remains: the first byte that is not a space is the lowest nonzero byte of
    /// the word with every space cleared. The caller finishes byte by byte.
    @inline(__always)
    static func skipSpaces(from p: Int, limit: Int, in base: UnsafePointer<UInt8>) -> Int {
        var p = p
        while p &+ 8 <= limit {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let others = word ^ (ones &* UInt64(Byte.space))
            if others != 0 { return p &+ others.trailingZeroBitCount >> 3 }
            p &+= 8
        }
        return p
    }
}
