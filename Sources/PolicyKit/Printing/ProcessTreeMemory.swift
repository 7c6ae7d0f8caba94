#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The memory a program and the helper processes it started hold together. A browser
/// spreads its pages over many processes, so its own figure alone says little.
enum ProcessTreeMemory {
    /// The memory of every process in process group `group`, in bytes: each process's
    /// proportional share (PSS), so pages the browser's processes share count once. nil
    /// where the system has no /proc to read it from.
    static func residentBytes(underGroup group: Int32) -> Int? {
        #if canImport(Glibc) || canImport(Musl)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        var total = 0
        for entry in entries where entry.first?.isNumber == true {
            guard let bytes = try? FileBytes.contents(of: "/proc/\(entry)/stat") else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            // The name in parentheses may hold spaces; the fields that follow do not.
            guard let close = text.lastIndex(of: ")") else { continue }
            let fields = text[text.index(after: close)...].split(separator: " ")
            // Field 3 of stat(5) is the state, 5 the process group.
            guard fields.count > 2, Int32(fields[2]) == group,
                  let rollup = try? FileBytes.contents(of: "/proc/\(entry)/smaps_rollup") else { continue }
            // "Pss:   123456 kB"
            for line in String(decoding: rollup, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Pss:") {
                total += (Int(line.dropFirst(4).split(separator: " ").first ?? "") ?? 0) * 1024
                break
            }
        }
        return total
        #else
        return nil
        #endif
    }
}
