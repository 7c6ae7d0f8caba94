#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds installed programs the way a shell does.
public enum ProgramSearch {
    public static var environmentPath: String? {
        getenv("PATH").map { String(cString: $0) }
    }

    /// The full path of the executable `name` in the folders of `searchPath`.
    public static func find(_ name: String, in searchPath: String?) -> String? {
        let folders = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            var status = stat()
            if stat(candidate, &status) == 0, status.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
