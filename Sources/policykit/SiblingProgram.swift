#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program installed beside `policykit`, in the same folder: `policykit-preview`.
struct SiblingProgram {
    struct Failure: Error {
        var message: String
    }

    static let preview = SiblingProgram(name: "policykit-preview", product: "policykit-preview")

    var name: String
    /// The package's product that builds it, named in the error when it is missing.
    var product: String

    /// Becomes the sibling program with `arguments` (`execv`): the same process, so the
    /// signals sent to `policykit` (Ctrl-C) reach it, and its exit code is the command's.
    /// Returns only by throwing, when the program is missing or cannot start.
    func replaceProcess(arguments: [String]) throws(Failure) -> Never {
        guard let own = Self.runningProgram() else {
            throw Failure(message: "cannot find where policykit is installed, to run \(name) beside it")
        }
        let folder = own.lastIndex(of: "/").map { String(own[..<$0]) } ?? "."
        let path = folder + "/" + name
        guard access(path, X_OK) == 0 else {
            throw Failure(message: """
                policykit preview runs the program \(name), which is not installed beside policykit \
                (looked for \(path)). Build it with `swift build -c release --product \(product)` \
                (`make release` builds both programs) and copy .build/release/\(name) into \(folder)/.
                """)
        }
        // The new program keeps this one's blocked signals: unblock them all, so Ctrl-C
        // and a kill reach the server whatever the runtime had blocked.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        _ = execv(path, argv)
        let reason = String(cString: strerror(errno))
        for pointer in argv { free(pointer) }
        throw Failure(message: "cannot start \(path): \(reason)")
    }

    /// The running `policykit`'s own file, symbolic links resolved, so a link to it in
    /// another folder still finds the programs installed beside the real file.
    static func runningProgram() -> String? {
        #if canImport(Glibc) || canImport(Musl)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        guard let resolved = realpath(buffer, nil) else { return String(cString: buffer) }
        defer { free(resolved) }
        return String(cString: resolved)
        #else
        return nil
        #endif
    }
}
