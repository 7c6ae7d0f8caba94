import CQRencode

/// A web address drawn as a QR code in inline SVG, so the page needs no image file and
/// prints sharp at any size. libqrencode is used because it is packaged for both Debian
/// (`libqrencode-dev`) and Homebrew (`qrencode`), so the tool builds the same on Linux
/// and macOS.
enum QRCodeSVG {
    /// Light modules around the code: the QR standard asks for at least four.
    static let quietZone = 4

    /// The modules of `text` encoded at error-correction level M (about 15% of the code
    /// can be damaged or covered and it still reads), row by row, `true` for dark; nil
    /// when the text cannot be encoded.
    static func modules(of text: String) -> [[Bool]]? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        return (0..<width).map { row in (0..<width).map { column in data[row * width + column] & 1 == 1 } }
    }

    /// `<svg>` markup for `address`, labelled for screen readers; nil when it cannot be encoded.
    static func svg(for address: String) -> String? {
        guard let modules = modules(of: address) else { return nil }
        let size = modules.count + 2 * quietZone
        // One path for every dark module: a few kilobytes even for a long address.
        var path = ""
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < line.count {
                guard line[column] else { column += 1; continue }
                var run = 1
                while column + run < line.count, line[column + run] { run += 1 }
                path += "M\(column + quietZone) \(row + quietZone)h\(run)v1h-\(run)z"
                column += run
            }
        }
        let label = HTMLEscaping.escape(address)
        return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"QR code: \(label)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
