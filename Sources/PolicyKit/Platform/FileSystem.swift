#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions and changes the library needs besides its output
/// folder, straight from the operating system.
package enum FileSystem {
    package enum Kind {
        case missing, file, folder
    }

    /// What is at `path`, following symbolic links (a link to a folder is a folder).
    package static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        return status.st_mode & S_IFMT == S_IFDIR ? .folder : .file
    }

    /// Creates `path` and any missing folders above it; an existing folder is fine.
    /// Returns true when this call made `path` itself (it is then empty).
    @discardableResult
    static func makeFolders(_ path: String) throws(SystemError) -> Bool {
        var prefix = path.hasPrefix("/") ? "" : "."
        var made = false
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o777) == 0 {
                made = true
            } else if errno == EEXIST {
                made = false
            } else {
                throw SystemError.current
            }
        }
        guard kind(of: path) == .folder else { throw SystemError(message: "'\(path)' is not a folder") }
        return made
    }

    /// Writes a new file, failing if anything is already at `path`; with `sync`, returns
    /// only once its content is on disk.
    static func create(_ path: String, with bytes: [UInt8], sync: Bool = false) throws(SystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError.current }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            written += count
        }
        if sync, fsync(descriptor) != 0 { throw SystemError.current }
    }

    /// Puts `bytes` at `path` in one step: written beside it under a temporary name, then
    /// renamed over it, so a reader sees the old file or the new one, never half of one.
    static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
        let temporary = FilePath.appending(".\(FilePath.shortName(path)).\(getpid()).tmp", to: FilePath.folder(of: path))
        // A file of this name can only be left from a killed run of a process that had
        // this number; it is ours to clear.
        unlink(temporary)
        do {
            try create(temporary, with: bytes)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = SystemError.current
            unlink(temporary)
            throw failure
        }
    }

    /// The names in a folder (without `.` and `..`), or nil when it cannot be read.
    static func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The path, relative to `folder`, of every file below it, at any depth. Folders
    /// reached through symbolic links are not entered, so a link loop cannot trap the walk.
    static func files(below folder: String) throws(SystemError) -> [String] {
        var found: [String] = []
        try collect(folder, relative: "", into: &found)
        return found
    }

    private static func collect(_ folder: String, relative: String, into found: inout [String]) throws(SystemError) {
        guard let names = names(in: folder) else { throw SystemError.current }
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

    /// Removes `path` and everything in it, without following symbolic links out of it.
    static func removeAll(_ path: String) {
        for name in names(in: path) ?? [] {
            let child = path + "/" + name
            if isFolderItself(child) { removeAll(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// Whether `path` is a folder and not a symbolic link to one.
    private static func isFolderItself(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
