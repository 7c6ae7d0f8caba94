/// An sRGB colour as CSS writes it, and the WCAG 2.1 contrast between two of them.
struct CSSColour: Hashable, Sendable, CustomStringConvertible {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rgb`, `#rrggbb` and the names `black` and `white`; nil for anything else
    /// (`inherit`, `none`, other names), which the stylesheet's own colours never need.
    init?(css text: String) {
        let value = text.trimmedOfCSSSpace.lowercased()
        switch value {
        case "black": self.init(red: 0, green: 0, blue: 0); return
        case "white": self.init(red: 255, green: 255, blue: 255); return
        default: break
        }
        guard value.hasPrefix("#") else { return nil }
        let digits = Array(value.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        func channel(_ characters: [Character]) -> UInt8 { UInt8(String(characters), radix: 16)! }
        switch digits.count {
        case 3: self.init(red: channel([digits[0], digits[0]]), green: channel([digits[1], digits[1]]), blue: channel([digits[2], digits[2]]))
        case 6: self.init(red: channel(Array(digits[0..<2])), green: channel(Array(digits[2..<4])), blue: channel(Array(digits[4..<6])))
        default: return nil
        }
    }

    var description: String {
        "#" + [red, green, blue].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// WCAG 2.1 relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// (L1 + 0.05) / (L2 + 0.05), lighter over darker: from 1 (none) to 21 (black on white).
    func contrast(with other: CSSColour) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
