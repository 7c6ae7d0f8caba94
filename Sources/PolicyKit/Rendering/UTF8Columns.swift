/// Display width of UTF-8 text, decoded on the fly so renderers can measure
/// the bytes they are about to write without building strings.
enum UTF8Columns {
    /// The byte length of the scalar starting with `lead`.
    @inline(__always)
    static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The value of the scalar whose bytes start at `index`.
    @inline(__always)
    static func value<Bytes: RandomAccessCollection>(ofScalarAt index: Bytes.Index, length: Int, in bytes: Bytes) -> UInt32
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if length == 1 { return UInt32(lead) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var offset = 1
        while offset < length && index + offset < bytes.endIndex {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
            offset += 1
        }
        return value
    }

    /// Columns of the scalar whose bytes start at `index`; `DisplayWidth` decides.
    @inline(__always)
    static func width<Bytes: RandomAccessCollection>(ofScalarAt index: Bytes.Index, length: Int, in bytes: Bytes) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if length == 1 { return lead >= 0x20 && lead != 0x7F ? 1 : 0 }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var offset = 1
        while offset < length && index + offset < bytes.endIndex {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
            offset += 1
        }
        // Latin-1 and Latin Extended hold no marks or wide letters: only the C1
        // controls and the soft hyphen take no column. Saves a Unicode lookup.
        if value < 0x300 { return value < 0xA0 || value == 0xAD ? 0 : 1 }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return DisplayWidth.of(scalar)
    }
}
