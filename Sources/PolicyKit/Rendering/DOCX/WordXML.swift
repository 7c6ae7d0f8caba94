/// Writing settings values into WordprocessingML as text and nothing else.
///
/// Every value passes through here, so a value such as `<w:p>` or `]]>` stays the
/// characters it is: markup characters become entities, and characters XML 1.0 cannot
/// hold at all (most control characters) are dropped, since Word refuses a document
/// that contains them. Field codes need no escaping: Word only runs fields written as
/// field elements, so `{ PAGE }` in a text element is those eight characters.
enum WordXML {
    /// Appends `text` escaped for an element's content or an attribute's value.
    static func appendEscaped(_ text: some StringProtocol, to xml: inout String) {
        // Most text needs no change; copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == 0xEF }) {
            xml += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": xml += "&amp;"
            case "<": xml += "&lt;"
            case ">": xml += "&gt;"
            case "\"": xml += "&quot;"
            case "\t", "\n", "\r": xml.unicodeScalars.append(scalar)
            default:
                guard scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF else { continue }
                xml.unicodeScalars.append(scalar)
            }
        }
    }

    static func escaped(_ text: some StringProtocol) -> String {
        var xml = ""
        appendEscaped(text, to: &xml)
        return xml
    }

    /// A link destination as a relationship's `Target`: a URI, so spaces, non-ASCII
    /// characters and the few ASCII characters URIs cannot hold are percent-encoded
    /// (as cmark does for `href`); Word will not open a document with a target that is
    /// not a URI.
    static func uriTarget(_ destination: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(destination.utf8.count)
        for byte in destination.utf8 {
            if isKeptInURI(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isKeptInURI(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("-_.!~*'();/?:@&=+$,%#".utf8).contains(byte)
        }
    }
}
