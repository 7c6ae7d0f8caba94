#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The renderings of Markdown pieces (`MarkdownPieces`) made so far, shared by every
/// document of a build on every thread: a piece that many sites' documents share is
/// parsed and rendered once for all of them.
///
/// Memory stays flat however long the build: the cache holds at most `ways * sets`
/// pieces and `byteLimit` bytes of them. Pieces that name one site are seen once and
/// then never again, and must not push out the shared ones, so each entry earns
/// credit when it is used again and a newcomer only replaces an entry that has none
/// left, spending one credit of the entry it would have replaced each time.
///
/// What is cached is only ever a rendering of exactly the same bytes with the same
/// options, so the cache changes how fast documents are made, never what they say;
/// which pieces it keeps may depend on the order threads reach them.
final class RenderingCache: @unchecked Sendable {
    struct Renderings: Sendable {
        var html: String?
        var text: String?
    }

    struct Statistics: Equatable, Sendable {
        var hits = 0
        var misses = 0
        var entries = 0
        var bytes = 0
    }

    private struct Entry {
        var hash: Int
        var wantsHTML: Bool
        var textWidth: Int?
        var markdown: [UInt8]
        var renderings: Renderings
        var credit: Int

        var size: Int {
            markdown.count + (renderings.html?.utf8.count ?? 0) + (renderings.text?.utf8.count ?? 0)
        }
    }

    private static let ways = 8
    /// Enough to keep the pieces a handful of bases share, with no need for more:
    /// the cache helps because sites repeat each other, not because it is big.
    private static let maximumCredit = 8

    private let sets: Int
    private let byteLimit: Int
    private var entries: [Entry?]
    private var statistics = Statistics()
    private let lock = Lock()

    /// `sets` is rounded up to a power of two.
    init(sets: Int = 512, byteLimit: Int = 32 << 20) {
        var power = 1
        while power < sets { power <<= 1 }
        self.sets = power
        self.byteLimit = byteLimit
        entries = Array(repeating: nil, count: power * Self.ways)
    }

    /// The renderings of `piece` with these options: cached ones, or those `make` gives,
    /// which are then kept for the next time if there is room.
    func renderings(
        of piece: UnsafeBufferPointer<UInt8>, html wantsHTML: Bool, textWidth: Int?, make: () -> Renderings
    ) -> Renderings {
        let hash = Self.hash(piece, wantsHTML: wantsHTML, textWidth: textWidth)
        let first = (hash & (sets - 1)) * Self.ways
        if let found = lock.withLock({ () -> Renderings? in
            for slot in first..<first + Self.ways {
                guard entries[slot] != nil, matches(entries[slot]!, piece, hash: hash, wantsHTML: wantsHTML, textWidth: textWidth) else { continue }
                entries[slot]!.credit = min(Self.maximumCredit, entries[slot]!.credit + 1)
                statistics.hits += 1
                return entries[slot]!.renderings
            }
            statistics.misses += 1
            return nil
        }) {
            return found
        }
        // Rendered outside the lock, so the other threads carry on; two threads meeting
        // the same new piece at once both render it, and the second keeps the first's.
        let made = make()
        let entry = Entry(hash: hash, wantsHTML: wantsHTML, textWidth: textWidth, markdown: Array(piece), renderings: made, credit: 0)
        let size = entry.size
        guard size <= byteLimit / 64 else { return made }
        lock.withLock {
            var victim = first
            for slot in first..<first + Self.ways {
                guard let resident = entries[slot] else { victim = slot; break }
                if matches(resident, piece, hash: hash, wantsHTML: wantsHTML, textWidth: textWidth) { return }
                if resident.credit < entries[victim]!.credit { victim = slot }
            }
            if let resident = entries[victim] {
                guard resident.credit == 0 else {
                    entries[victim]!.credit -= 1
                    return
                }
                guard statistics.bytes - resident.size + size <= byteLimit else { return }
                statistics.bytes -= resident.size
                statistics.entries -= 1
            } else {
                guard statistics.bytes + size <= byteLimit else { return }
            }
            entries[victim] = entry
            statistics.bytes += size
            statistics.entries += 1
        }
        return made
    }

    /// How often pieces were found, and what the cache holds now.
    var currentStatistics: Statistics {
        lock.withLock { statistics }
    }

    private func matches(_ entry: Entry, _ piece: UnsafeBufferPointer<UInt8>, hash: Int, wantsHTML: Bool, textWidth: Int?) -> Bool {
        guard entry.hash == hash, entry.wantsHTML == wantsHTML, entry.textWidth == textWidth,
              entry.markdown.count == piece.count else { return false }
        return entry.markdown.withUnsafeBytes { stored in
            piece.isEmpty || memcmp(stored.baseAddress!, piece.baseAddress!, piece.count) == 0
        }
    }

    /// A quick hash of the piece, eight bytes at a time: every byte of every document is
    /// hashed, and a collision only costs a comparison of the bytes.
    private static func hash(_ piece: UnsafeBufferPointer<UInt8>, wantsHTML: Bool, textWidth: Int?) -> Int {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: piece.count) &* multiplier ^ UInt64(truncatingIfNeeded: textWidth ?? -1) ^ (wantsHTML ? 1 << 63 : 0)
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
        }
        guard let base = piece.baseAddress else { return Int(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= piece.count {
            mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        while index < piece.count {
            tail = tail << 8 | UInt64(piece[index])
            index += 1
        }
        mix(tail)
        return Int(truncatingIfNeeded: hash)
    }
}
