/// Finds the known key a mistyped one was most likely meant to be.
enum KeySuggestion {
    /// The nearest of `candidates` to `key`, or nil when none is close enough to be a
    /// plausible typo (so `colour` is not "corrected" to an unrelated key).
    static func nearest(to key: String, in candidates: [String]) -> String? {
        let typed = normalised(key)
        var best: (key: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, normalised(candidate))
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, typed.count / 3))
        return best.distance <= allowed ? best.key : nil
    }

    /// Case and the choice of `-`, space or `_` between words are common slips, not real differences.
    private static func normalised(_ key: String) -> [Character] {
        key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbouring characters each cost 1.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
