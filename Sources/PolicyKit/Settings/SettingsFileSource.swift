import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where base settings files are read from: the disk, or git at a revision, so that an
/// old version of a site is read with the old version of its bases.
struct SettingsFileSource: Sendable {
    /// The path that tells files apart, or nil when there is no such file.
    let identity: @Sendable (String) -> String?
    let contents: @Sendable (String) -> Result<[UInt8], SystemError>

    static let disk = SettingsFileSource(
        identity: { PathNames.real($0) },
        contents: { path in Result { () throws(SystemError) in try FileBytes.contents(of: path) } }
    )

    /// Files as they were at `history.revision`. A file is told apart by its absolute
    /// path with `.` and `..` steps taken out (git keeps no links to follow).
    static func git(_ history: GitHistory) -> SettingsFileSource {
        let cache = GitFileCache()
        let read: @Sendable (String) -> Result<[UInt8], SystemError> = { path in
            cache.contents(of: absolute(path)) { history.contents(of: path, limit: ExtendedSettings.maximumSize + 1) }
        }
        return SettingsFileSource(
            identity: { path in
                guard case .success = read(path) else { return nil }
                return absolute(path)
            },
            contents: read
        )
    }

    private static func absolute(_ path: String) -> String {
        PathNames.joined(path.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath, path)
    }
}

/// Each file git was asked for once: a base is first looked for, then read.
private final class GitFileCache: Sendable {
    private let files = Mutex<[String: Result<[UInt8], SystemError>]>([:])

    func contents(of key: String, reading: () -> Result<[UInt8], SystemError>) -> Result<[UInt8], SystemError> {
        if let known = files.withLock({ $0[key] }) { return known }
        let result = reading()
        files.withLock { $0[key] = result }
        return result
    }
}
