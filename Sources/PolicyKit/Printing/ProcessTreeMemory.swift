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
    /// The resident memory of every process in process group `group`, in bytes; nil
    /// where the system has no /proc to read it from.
    static func residentBytes(underGroup group: Int32) -> Int? {
        #if canImport(Glibc) || canImport(Musl)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var total = 0
        for entry in entries where entry.first?.isNumber == true {
            guard let bytes = try? FileBytes.contents(of: "/proc/\(entry)/stat") else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            // The name in parentheses may hold spaces; the fields that follow do not.
            guard let close = text.lastIndex(of: ")") else { continue }
            let fields = text[text.index(after: close)...].split(separator: " ")
            // Field 3 of stat(5) is the state; 5 the process group, 24 the resident pages.
            guard fields.count > 21, Int32(fields[2]) == group, let pages = Int(fields[21]) else { continue }
            total += pages * pageSize
        }
        return total
        #else
        return nil
        #endif
    }
}
