/// The zip container of a Word document: its parts in the order given, the long ones
/// deflated.
///
/// Written by `ZipArchive` over the system's zlib rather than by ZIPFoundation, which
/// imports the whole of Foundation: that would put Foundation into the `policykit`
/// program, which otherwise needs only FoundationEssentials.
enum WordArchive {
    typealias Failure = ZipArchive.Failure

    /// Parts under this size are stored: deflating them costs more time than the few
    /// kilobytes saved are worth. A long body (the handbook's) is deflated.
    static let compressionThreshold = 32 * 1024

    /// The archive of `parts`, then of `media`: images, stored as they are, since their
    /// own formats are compressed already.
    static func zip(_ parts: [(path: String, xml: String)], media: [(path: String, bytes: [UInt8])] = []) throws(Failure) -> [UInt8] {
        let size = parts.reduce(2048) { $0 + $1.xml.utf8.count } + media.reduce(0) { $0 + $1.bytes.count }
        var archive = ZipArchive(capacity: size)
        for part in parts {
            try archive.add(part.path, text: part.xml, deflate: part.xml.utf8.count >= compressionThreshold)
        }
        for file in media {
            try file.bytes.withUnsafeBufferPointer { contents throws(Failure) in
                try archive.add(file.path, contents: contents, deflate: false)
            }
        }
        return try archive.finish()
    }
}
