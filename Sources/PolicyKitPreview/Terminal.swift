#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines for the person who started the preview, written straight to the file
/// descriptor: unbuffered, so the address reaches a terminal or a script reading the
/// output while the program runs on.
enum Terminal {
    static func say(_ line: String) {
        send(line + "\n", to: STDOUT_FILENO)
    }

    static func warn(_ line: String) {
        send(line + "\n", to: STDERR_FILENO)
    }

    private static func send(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            sent += written
        }
    }
}
