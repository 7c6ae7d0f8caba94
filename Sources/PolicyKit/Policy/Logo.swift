/// The organisation's logo, read from the file `organisation.logo` names and checked:
/// a PNG or JPEG image, known by its bytes rather than its name, of at most `maximumSize`.
struct Logo: Hashable, Sendable {
    enum Format: String, Sendable {
        case png
        case jpeg

        /// The media type a `data:` address names.
        var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            }
        }
    }

    /// Large enough for a logo printed on an A3 poster; small enough that every page
    /// carrying it stays light.
    static let maximumSize = 2 << 20

    var format: Format
    var bytes: [UInt8]

    /// The format `bytes` begin with, or nil when they are neither PNG nor JPEG.
    static func format(of bytes: [UInt8]) -> Format? {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // A PNG's first chunk is always its header, IHDR.
        if bytes.count > 24, Array(bytes[0..<8]) == png, Array(bytes[12..<16]) == Array("IHDR".utf8) { return .png }
        // A JPEG starts with a start-of-image marker followed by another marker.
        if bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF { return .jpeg }
        return nil
    }

    /// What a file that is not a PNG or JPEG seems to be, to say so in the error.
    static func describe(_ bytes: [UInt8]) -> String {
        let start = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if start.contains("<svg") { return "an SVG image" }
        if start.hasPrefix("#!") { return "a script" }
        if start.contains("<html") || start.contains("<!doctype") { return "an HTML page" }
        if bytes.starts(with: Array("GIF8".utf8)) { return "a GIF image" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF document" }
        if !bytes.isEmpty, bytes.prefix(512).allSatisfy({ $0 == 9 || $0 == 10 || $0 == 13 || (32..<127).contains($0) || $0 >= 0x80 }) {
            return "a text file"
        }
        return bytes.isEmpty ? "an empty file" : "neither PNG nor JPEG"
    }

    /// The image's width and height in pixels, from its header: a PNG's IHDR chunk, or a
    /// JPEG's frame header. nil when the header does not give them.
    var pixelSize: (width: Int, height: Int)? {
        func number(_ start: Int) -> Int { Int(bytes[start]) << 8 | Int(bytes[start + 1]) }
        var size: (width: Int, height: Int)?
        switch format {
        case .png:
            // Four-byte numbers, of which logos use the lower two.
            if bytes.count >= 24, bytes[16...17] == [0, 0], bytes[20...21] == [0, 0] { size = (number(18), number(22)) }
        case .jpeg:
            // Segment after segment, to the first start-of-frame marker (C0 to CF, but for
            // C4, C8 and CC, which are other tables).
            var index = 2
            while size == nil, index + 9 <= bytes.count, bytes[index] == 0xFF {
                let marker = bytes[index + 1]
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    size = (number(index + 7), number(index + 5))
                }
                index += 2 + number(index + 2)
            }
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }

    /// The logo as a `data:` address, so one HTML file carries it and needs nothing beside it.
    var dataURI: String {
        "data:\(format.mediaType);base64," + Base64.encode(bytes)
    }
}
