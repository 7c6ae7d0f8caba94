#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file a command reads, or standard input for "-", read up to a limit: an endless
/// device or stream stops there instead of filling memory.
struct InputFile {
    struct ReadError: Error {
        var message: String
    }

    let path: String

    /// What messages call it.
    var name: String { path == "-" ? "standard input" : path }

    /// Its bytes; an error when it is missing, a folder, unreadable or over `limit` bytes.
    func bytes(limit: Int) throws(ReadError) -> [UInt8] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = StandardStream.readInput(limit: limit + 1)
        } else {
            var isFolder = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ReadError(message: "cannot read '\(path)': no such file")
            }
            guard !isFolder else { throw ReadError(message: "cannot read '\(path)': it is a folder, not a file") }
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw ReadError(message: "cannot read '\(path)': \(errno == EACCES ? "permission denied" : "it cannot be opened")")
            }
            defer { close(descriptor) }
            bytes = StandardStream.read(descriptor, limit: limit + 1)
        }
        guard bytes.count <= limit else {
            throw ReadError(message: "cannot read '\(name)': it is larger than \(limit >> 20) MB")
        }
        return bytes
    }

    /// Its name without folder and extension, for a page whose Markdown has no heading.
    var stem: String {
        guard path != "-" else { return "Document" }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
