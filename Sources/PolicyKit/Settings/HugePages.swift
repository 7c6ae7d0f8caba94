#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large buffer with 2 MB pages where it can.
///
/// Reading a 10 MB file and parsing it fills about 30 MB of fresh memory; with
/// 4 KB pages that was about 6,800 page faults, most of the parse's system time
/// (BENCHMARKS.md, parser). Linux's transparent huge pages are often enabled only
/// for memory that asks for them (`madvise` mode); with 2 MB pages the same
/// memory takes a few dozen faults. The kernel clears a huge page on its first
/// touch as it would the 4 KB pages, so only the parts of a buffer that are used
/// cost anything; at most one 2 MB page per buffer is cleared beyond its use.
/// Elsewhere, or when the kernel declines, this does nothing.
enum HugePages {
    private static let size = 2 << 20

    /// Buffers smaller than this keep 4 KB pages: a huge page would clear more
    /// memory than such a buffer uses.
    static let worthwhile = 4 << 20

    /// Memory for `byteCount` bytes, free with `deallocate()`; a large buffer starts
    /// on a 2 MB boundary so that all of it can have huge pages (the part before the
    /// first boundary would otherwise take up to 512 small page faults).
    static func allocate(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= worthwhile else {
            return .allocate(byteCount: byteCount, alignment: alignment)
        }
        let start = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: max(size, alignment))
        advise(start, byteCount: byteCount)
        return start
    }

    /// Advises the whole 2 MB pages inside `start..<start+byteCount`.
    static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
        guard byteCount >= worthwhile else { return }
        let address = UInt(bitPattern: start)
        let mask = UInt(size - 1)
        let first = (address + mask) & ~mask
        let last = (address + UInt(byteCount)) & ~mask
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        // Advice only: if it fails the buffer simply keeps small pages.
        _ = madvise(pointer, Int(last - first), MADV_HUGEPAGE)
        #endif
    }
}
