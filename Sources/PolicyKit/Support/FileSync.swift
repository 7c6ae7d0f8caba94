#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// New files written with the system's calls, flushed to disk only when asked.
/// FoundationEssentials' `Data.write` always flushes (`fsync`) what it writes, which on a
/// real disk costs a build more than making its documents; a build flushes only with
/// `--sync`, and `OutputBatch` then flushes the whole file system once where it can.
enum FileSync {
    /// Writes a new file, failing if anything is already at `path`; with `flush`, returns
    /// only once its content is on disk.
    static func create(_ path: String, with bytes: [UInt8], flush: Bool) throws(SystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError.current }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            written += result
        }
        if flush { try self.flush(descriptor) }
    }

    private static func flush(_ descriptor: Int32) throws(SystemError) {
        #if canImport(Darwin)
        // On Darwin `fsync` leaves the data in the drive's cache; F_FULLFSYNC does not.
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw SystemError.current }
    }
}
