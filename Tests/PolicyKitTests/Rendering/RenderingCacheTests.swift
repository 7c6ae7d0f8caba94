import Testing
@testable import PolicyKit

/// The cache gives back exactly what was made for the same bytes and options, keeps
/// the pieces that come back in preference to those seen once, and stays within its bounds.
@Suite struct RenderingCacheTests {
    static func look(_ cache: RenderingCache, _ text: String, html: Bool = true, width: Int? = 72) -> (RenderingCache.Renderings, made: Bool) {
        var made = false
        var text = text
        let result = text.withUTF8 { bytes in
            cache.renderings(of: bytes, html: html, textWidth: width) {
                made = true
                return RenderingCache.Renderings(html: "<p>\(bytes.count)</p>", text: width.map { "\($0)" })
            }
        }
        return (result, made)
    }

    @Test func renderingsAreMadeOnceForTheSameBytesAndOptions() {
        let cache = RenderingCache()
        #expect(Self.look(cache, "Same text").made)
        let again = Self.look(cache, "Same text")
        #expect(!again.made && again.0.html == "<p>9</p>" && again.0.text == "72")
        #expect(Self.look(cache, "Same text", width: 40).made)
        #expect(Self.look(cache, "Same text", html: false).made)
        #expect(Self.look(cache, "Same text", width: nil).made)
        #expect(Self.look(cache, "Same tex").made)
        #expect(cache.currentStatistics.hits == 1 && cache.currentStatistics.misses == 5)
    }

    @Test func piecesUsedAgainOutlastPiecesSeenOnce() {
        // One set of eight entries, so every piece competes for the same places.
        let cache = RenderingCache(sets: 1)
        let shared = (0..<4).map { "Shared piece \($0)" }
        for piece in shared { _ = Self.look(cache, piece) }
        for site in 0..<500 {
            for piece in shared {
                #expect(!Self.look(cache, piece).made || site == 0, "\(piece) at site \(site)")
            }
            for line in 0..<6 { _ = Self.look(cache, "Site \(site), line \(line)") }
        }
    }

    @Test func staysWithinItsEntriesAndBytes() {
        let cache = RenderingCache(sets: 4, byteLimit: 64 * 40)
        for index in 0..<1000 {
            _ = Self.look(cache, "A piece of text, number \(index)")
            let statistics = cache.currentStatistics
            #expect(statistics.entries <= 4 * 8 && statistics.bytes <= 64 * 40)
        }
        #expect(cache.currentStatistics.entries > 0)
    }
}
