import PolicyKit

/// Reads a Markdown file (or standard input for `-`) as UTF-8, with errors a
/// person can act on.
enum MarkdownInput {
    struct ReadError: Error {
        var message: String
    }

    static func read(_ path: String) throws -> String {
        let data: [UInt8]
        if path == "-" {
            data = StandardStream.readInput(limit: FileBytes.sizeLimit)
        } else {
            switch FileSystem.kind(of: path) {
            case .missing: throw ReadError(message: "\(path): no such file")
            case .folder: throw ReadError(message: "\(path): is a folder, not a Markdown file")
            case .file: break
            }
            // FileBytes stops at its size limit, so an endless device cannot fill memory.
            do {
                data = try FileBytes.contents(of: path)
            } catch {
                throw ReadError(message: "\(path): cannot be read: \(error.message)")
            }
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ReadError(message: "\(path == "-" ? "standard input" : path): is not valid UTF-8 text")
        }
        return text
    }
}
