#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The few file-system questions and changes the library needs besides its output
/// folder's renames, on FoundationEssentials' `FileManager` and `Data`.
enum FileSystem {
    enum Kind {
        case missing, file, folder
    }

    /// What is at `path`, following symbolic links (a link to a folder is a folder).
    static func kind(of path: String) -> Kind {
        var isFolder = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        return isFolder ? .folder : .file
    }

    /// Creates `path` and any missing folders above it; an existing folder is fine.
    /// Returns true when this call made `path` itself (it is then empty).
    @discardableResult
    static func makeFolders(_ path: String) throws(SystemError) -> Bool {
        if kind(of: path) == .folder { return false }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SystemError(error)
        }
        guard kind(of: path) == .folder else { throw SystemError(message: "'\(path)' is not a folder") }
        return true
    }

    /// Writes a new file, failing if anything is already at `path`; with `sync`, returns
    /// only once its content is on disk (see `FileSync` for why this is not `Data.write`).
    static func create(_ path: String, with bytes: [UInt8], sync: Bool = false) throws(SystemError) {
        try FileSync.create(path, with: bytes, flush: sync)
    }

    /// Puts `bytes` at `path` in one step: `Data`'s atomic write puts them in a temporary
    /// file in the same folder, flushes it and renames it over `path`, so a reader sees
    /// the old file or the new one, never half of one.
    static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
        do {
            try Data(bytes).write(to: URL(filePath: path), options: .atomic)
        } catch {
            throw SystemError(error)
        }
    }

    /// The names in a folder (without `.` and `..`), or nil when it cannot be read.
    static func names(in folder: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: folder)
    }

    /// The path, relative to `folder`, of every file below it, at any depth. Folders
    /// reached through symbolic links are not entered, so a link loop cannot trap the walk.
    static func files(below folder: String) throws(SystemError) -> [String] {
        var found: [String] = []
        try collect(folder, relative: "", into: &found)
        return found
    }

    private static func collect(_ folder: String, relative: String, into found: inout [String]) throws(SystemError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw SystemError(error)
        }
        for name in names {
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolderItself(full) {
                try collect(full, relative: path, into: &found)
            } else if kind(of: full) == .file {
                found.append(path)
            }
        }
    }

    /// Removes `path` and everything in it; a symbolic link inside is removed, not what
    /// it points to.
    static func removeAll(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Whether `path` is a folder and not a symbolic link to one.
    private static func isFolderItself(_ path: String) -> Bool {
        let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        return type == .typeDirectory
    }
}

extension SystemError {
    /// A `FileManager` or `Data` failure in the same words as the system's own.
    init(_ error: any Error) {
        guard let error = error as? CocoaError else {
            self.init(message: "\(error)")
            return
        }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: self.init(message: "no such file or folder")
        case .fileReadNoPermission, .fileWriteNoPermission: self.init(message: "permission denied")
        case .fileWriteFileExists: self.init(message: "a file of that name already exists")
        case .fileWriteOutOfSpace: self.init(message: "the disk is full")
        case .fileWriteVolumeReadOnly: self.init(message: "the file system is read-only")
        default: self.init(message: "\(error)")
        }
    }
}
