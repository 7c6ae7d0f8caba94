#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Paths as `extends` reads them: relative to the folder of the file that names them.
/// They stay strings: messages show them as the user wrote them, not as a URL would
/// spell them.
enum PathNames {
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `reference` read from `folder`, with `.` and `name/..` steps taken out, so
    /// messages show `sites/../base.yaml` as `base.yaml`.
    static func joined(_ folder: String, _ reference: String) -> String {
        let whole = reference.hasPrefix("/") || folder.isEmpty ? reference : folder + "/" + reference
        let absolute = whole.hasPrefix("/")
        var parts: [Substring] = []
        for part in whole.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The path with every link and `..` resolved, or nil when there is no such file.
    static func real(_ path: String) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return URL(filePath: path).resolvingSymlinksInPath().path(percentEncoded: false)
    }

    /// The last part of the path: the file's own name.
    static func shortName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file's own name without its extension (`docs/guide.md` gives `guide`).
    static func stem(_ path: String) -> String {
        let name = shortName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `name` inside `folder`, with one slash between them.
    static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A `file://` address for an absolute path, percent-encoded as a browser expects it.
    static func fileURL(_ path: String) -> String {
        URL(filePath: path).absoluteString
    }
}
