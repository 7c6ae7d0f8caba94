#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds installed programs the way a shell does. Package-wide: the preview finds the
/// system's browser opener with it.
package enum ProgramSearch {
    package static var environmentPath: String? {
        ProcessInfo.processInfo.environment["PATH"]
    }

    /// The full path of the executable `name` in the folders of `searchPath`.
    package static func find(_ name: String, in searchPath: String?) -> String? {
        let folders = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileSystem.kind(of: candidate) == .file, FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }
}
