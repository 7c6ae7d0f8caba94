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

    /// Puts `bytes` at `path` in one step: written beside it under a temporary name, then
    /// renamed over it, so a reader sees the old file or the new one, never half of one.
    static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
        let temporary = FilePath.appending(".\(FilePath.shortName(path)).\(getpid()).tmp", to: FilePath.folder(of: path))
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError.current }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let failure = SystemError.current
                close(descriptor)
                unlink(temporary)
                throw failure
            }
            written += count
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let failure = SystemError.current
            unlink(temporary)
            throw failure
        }
    }

    /// The path, relative to `folder`, of every file below it, at any depth. Folders
    /// reached through symbolic links are not entered, so a link loop cannot trap the walk.
    static func files(below folder: String) throws(SystemError) -> [String] {
        var found: [String] = []
        try collect(folder, relative: "", into: &found)
        return found
    }

    private static func collect(_ folder: String, relative: String, into found: inout [String]) throws(SystemError) {
        guard let directory = opendir(folder) else { throw SystemError.current }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                try collect(full, relative: path, into: &found)
            } else if kind(of: full) == .file {
                found.append(path)
            }
        }
    }
}
