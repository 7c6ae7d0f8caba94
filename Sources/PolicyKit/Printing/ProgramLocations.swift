#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a PDF engine may be installed: the folders of `PATH`, and on macOS the folders
/// of apps, where a browser keeps its program inside its app.
struct ProgramLocations: Sendable {
    /// Folders separated by colons, as in `PATH`.
    var searchPath: String?
    /// Folders holding `.app` bundles.
    var applicationFolders: [String]

    /// This process's `PATH`, and on macOS the system's and the user's Applications folders.
    static var current: ProgramLocations {
        var folders: [String] = []
        #if canImport(Darwin)
        folders = ["/Applications", (ProcessInfo.processInfo.environment["HOME"] ?? "") + "/Applications"]
        #endif
        return ProgramLocations(searchPath: ProgramSearch.environmentPath, applicationFolders: folders)
    }

    /// The folders of `searchPath` and nothing else.
    static func path(_ searchPath: String) -> ProgramLocations {
        ProgramLocations(searchPath: searchPath, applicationFolders: [])
    }

    /// The first of `names` on the path, else the first of `appPrograms` (paths inside an
    /// application folder) that is there.
    func find(_ names: [String], appPrograms: [String] = []) -> String? {
        for name in names {
            if let path = ProgramSearch.find(name, in: searchPath) { return path }
        }
        for folder in applicationFolders {
            for program in appPrograms where FileManager.default.isExecutableFile(atPath: "\(folder)/\(program)") {
                return "\(folder)/\(program)"
            }
        }
        return nil
    }
}
