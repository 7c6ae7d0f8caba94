#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the files a preview depends on look like right now: for each, whether it is
/// there, its size, its modification time and its file number. Comparing two of these
/// tells that a file was saved, replaced by a rename, deleted or created. Polling these
/// few facts works the same on every system, without each one's change-notification API.
struct FileStamps: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
        var fileNumber: UInt64
    }

    /// By path; nil for a path where nothing is.
    private(set) var stamps: [String: Stamp?] = [:]

    /// The stamps of `files` and of every file below `folders`, at any depth.
    init(files: Set<String>, folders: Set<String> = []) {
        for path in files { stamps[path] = Self.stamp(of: path) }
        for folder in folders {
            stamps[folder] = Self.stamp(of: folder)
            guard let below = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { continue }
            for relative in below {
                let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                stamps[path] = Self.stamp(of: path)
            }
        }
    }

    /// Whether something was at `path` when it was stamped.
    func exists(_ path: String) -> Bool {
        (stamps[path] ?? nil) != nil
    }

    /// These stamps with those of `files` not stamped yet.
    func adding(files: Set<String>) -> FileStamps {
        var result = self
        for path in files where result.stamps[path] == nil { result.stamps[path] = Self.stamp(of: path) }
        return result
    }

    private static func stamp(of path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
        return Stamp(size: Int(integer(attributes[.size])), modified: modified, fileNumber: integer(attributes[.systemFileNumber]))
    }

    /// An attribute's number, whichever integer type this platform's FileManager gives it as.
    private static func integer(_ value: Any?) -> UInt64 {
        switch value {
        case let number as UInt64: number
        case let number as Int: UInt64(clamping: number)
        case let number as Int64: UInt64(clamping: number)
        case let number as UInt: UInt64(number)
        case let number as UInt32: UInt64(number)
        default: 0
        }
    }
}
