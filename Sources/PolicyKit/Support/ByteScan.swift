/// Testing eight bytes at once for a few given bytes, in one 64-bit word ("SIMD
/// within a register"), for scans over long text (filled documents, in
/// `MarkdownPieces`): a byte-at-a-time scan spends a load, a few compares and a
/// branch per byte; here those are spent per word.
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
}
