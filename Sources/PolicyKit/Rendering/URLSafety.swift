/// Which link destinations are dangerous, by the same rule as cmark's safe mode
/// (`_scan_dangerous_url` in cmark 0.30), so the plain text never shows a
/// destination the HTML page would have removed.
enum URLSafety {
    private static let dangerousSchemes: [[UInt8]] = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeImageData: [[UInt8]] = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].map { Array($0.utf8) }

    static func isDangerous(_ url: String) -> Bool {
        let bytes = url.utf8
        if safeImageData.contains(where: { hasPrefixIgnoringASCIICase(bytes, $0) }) { return false }
        return dangerousSchemes.contains(where: { hasPrefixIgnoringASCIICase(bytes, $0) })
    }

    private static func hasPrefixIgnoringASCIICase(_ bytes: String.UTF8View, _ prefix: [UInt8]) -> Bool {
        var index = bytes.startIndex
        for expected in prefix {
            guard index != bytes.endIndex else { return false }
            var byte = bytes[index]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != expected { return false }
            index = bytes.index(after: index)
        }
        return true
    }
}
