/// An index of a large mapping's ASCII keys by a hash of their bytes, so that a
/// new key is compared with the few keys sharing its hash instead of all of them.
///
/// The keys themselves stay on `YAMLParser.keyStack`; the table holds only their
/// positions there. A `[String: UInt32]` did the same job before, but made and
/// hashed a `String` for every key of the mapping (10% of a 10 MB parse whose
/// top level is one 9,000-key mapping).
///
/// Open addressing with linear probing, at most half full. A slot holds the key's
/// hash in its high 32 bits and its position + 1 in the low ones (0: empty), so
/// most keys that differ are told apart without reading their bytes.
struct KeyTable {
    private var slots: [UInt64]
    private var used = 0

    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// The position of a key with `hash` for which `isSame` holds, or nil after
    /// adding `position` under `hash`.
    @inline(__always)
    mutating func findOrAdd(hash: UInt32, position: Int, isSame: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let other = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if isSame(other) { return other }
            }
            index = (index + 1) & mask
        }
        slots[index] = UInt64(hash) << 32 | UInt64(position + 1)
        used += 1
        if used * 2 > slots.count { grow() }
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var index = Int(truncatingIfNeeded: slot >> 32) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// A per-process seed, so that a file cannot be written to make many keys
    /// share a hash (the answer never depends on the hash, only the time does).
    static let seed: UInt64 = {
        var hasher = Hasher()
        hasher.combine(0x5EED)
        return UInt64(bitPattern: Int64(hasher.finalize())) | 1
    }()

    /// A hash of a key's bytes, read eight at a time. `readable` bytes from the
    /// key's start may be loaded, even beyond its end (the rest of the file);
    /// `prefix` is its first eight bytes, zero-padded (see `KeyRecord`).
    @inline(__always)
    static func hash(prefix: UInt64, bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> UInt32 {
        let count = bytes.count
        var h = (prefix ^ UInt64(truncatingIfNeeded: count) << 58) &* seed
        if count > 8, let start = bytes.baseAddress {
            var index = 8
            while index + 8 <= count {
                h = mix(h ^ UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
                index += 8
            }
            if index < count {
                var word: UInt64 = 0
                if readable - index >= 8 {
                    word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
                    word &= (1 << (8 * UInt64(count - index))) &- 1
                } else {
                    for k in index..<count { word |= UInt64(start[k]) << (8 * UInt64(k - index)) }
                }
                h = mix(h ^ word)
            }
        }
        return UInt32(truncatingIfNeeded: mix(h) >> 32)
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        let y = (x ^ (x >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return y ^ (y >> 29)
    }
}
