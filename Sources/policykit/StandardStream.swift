#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written straight from a string's UTF-8
/// storage (megabytes of rendered output are never copied first).
struct StandardStream {
    let descriptor: Int32

    static let output = StandardStream(descriptor: STDOUT_FILENO)
    static let error = StandardStream(descriptor: STDERR_FILENO)

    /// True when the stream is a terminal a person watches, not a file or a pipe.
    var isTerminal: Bool {
        #if canImport(Glibc)
        Glibc.isatty(descriptor) == 1
        #else
        Darwin.isatty(descriptor) == 1
        #endif
    }

    func send(_ text: String) {
        var text = text
        text.withUTF8 { send($0) }
    }

    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { send($0) }
    }

    private func send(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            next += written
            remaining -= written
        }
    }

    /// Standard input, read up to `limit` bytes: an endless stream stops there
    /// instead of filling memory, and the caller sees it is over the limit.
    static func readInput(limit: Int) -> [UInt8] {
        read(STDIN_FILENO, limit: limit)
    }

    /// An open file's bytes, up to `limit`. FoundationEssentials reads whole files only,
    /// which an endless device such as /dev/zero never lets end.
    static func read(_ descriptor: Int32, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.read(descriptor, buffer.baseAddress, min(buffer.count, limit - bytes.count))
                #else
                Darwin.read(descriptor, buffer.baseAddress, min(buffer.count, limit - bytes.count))
                #endif
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }
}
