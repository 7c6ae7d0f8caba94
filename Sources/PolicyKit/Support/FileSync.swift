#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Flushes a written file to disk. FoundationEssentials has no `fsync` (its atomic write
/// flushes only the temporary file it makes itself), and `build --sync` needs each new
/// file on disk before it is renamed into place.
enum FileSync {
    static func flush(_ path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError.current }
        defer { close(descriptor) }
        #if canImport(Darwin)
        // On Darwin `fsync` leaves the data in the drive's cache; F_FULLFSYNC does not.
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw SystemError.current }
    }
}
