#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with messages a user can act on, for settings, templates and
/// Markdown alike.
enum FileBytes {
    /// Files larger than this are refused rather than read: no settings file or template
    /// comes near it, and hostile input must not exhaust memory.
    static let sizeLimit = 64 << 20

    static func contents(of path: String) throws(SystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError.current }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SystemError.current }
        if status.st_mode & S_IFMT == S_IFDIR { throw SystemError(message: "it is a folder, not a file") }
        var bytes: [UInt8] = []
        if status.st_mode & S_IFMT == S_IFREG {
            // A regular file is read straight into the array, sized by the file
            // (one byte more, to notice a file that grew), with no copy in between.
            let capacity = min(Int(status.st_size), sizeLimit) + 1
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while count < capacity {
                    let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if got == 0 { return }
                    count += got
                }
            }
            if failure != 0 {
                errno = failure
                throw SystemError.current
            }
            if bytes.count < capacity { return bytes }
            if bytes.count > sizeLimit {
                throw SystemError(message: "it is larger than \(sizeLimit >> 20) MB")
            }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[..<count])
            if bytes.count > sizeLimit {
                throw SystemError(message: "it is larger than \(sizeLimit >> 20) MB")
            }
        }
    }
}

/// An operating-system failure, in words.
struct SystemError: Error, Sendable {
    var message: String

    init(message: String) {
        self.message = message
    }

    static var current: SystemError {
        let code = errno
        switch code {
        case ENOENT: return SystemError(message: "no such file or folder")
        case EACCES, EPERM: return SystemError(message: "permission denied")
        case EISDIR: return SystemError(message: "it is a folder, not a file")
        case ENOTDIR: return SystemError(message: "a part of the path is not a folder")
        case ENOSPC: return SystemError(message: "the disk is full")
        case EROFS: return SystemError(message: "the file system is read-only")
        default: return SystemError(message: String(cString: strerror(code)))
        }
    }
}
