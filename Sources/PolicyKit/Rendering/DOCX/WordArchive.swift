#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZIPFoundation

/// The zip container of a Word document, made by ZIPFoundation in memory.
///
/// The archive is the same bytes for the same parts: entries are stored in the order
/// given, each with the same fixed modification time (1980-01-01 00:00 UTC, the first
/// a zip can hold; ZIPFoundation writes it in UTC), the same permissions, and
/// ZIPFoundation's fixed "made by" field; zlib's deflate gives the same output for the
/// same input and level, and whether a part is deflated depends on its size alone.
enum WordArchive {
    struct Failure: Error, Sendable {
        var message: String
    }

    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)
    static let compressionThreshold = 32 * 1024

    static func zip(_ parts: [(path: String, xml: String)]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                // Parts under the threshold are stored: deflating them costs more time than
                // the few kilobytes saved are worth. A long body (the handbook's) is deflated.
                let method: CompressionMethod = data.count >= compressionThreshold ? .deflate : .none
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: fixedDate, permissions: 0o644, compressionMethod: method
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Failure(message: "the archive has no data") }
            return [UInt8](bytes)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "could not zip the Word document: \(error)")
        }
    }
}
