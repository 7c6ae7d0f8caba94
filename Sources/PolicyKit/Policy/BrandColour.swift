#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The organisation's colour, `#rrggbb`. The documents set white text on it (panels) and
/// it as text on white (headings), so it must contrast with white by WCAG AA's 4.5:1.
struct BrandColour: Hashable, Sendable, CustomStringConvertible {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    /// The contrast text needs with its background under WCAG AA.
    static let requiredContrast = 4.5

    /// Reads `#rgb` or `#rrggbb`; nil for anything else.
    init?(hex text: String) {
        guard text.hasPrefix("#") else { return nil }
        let digits = Array(text.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        func channel(_ characters: [Character]) -> UInt8 { UInt8(String(characters), radix: 16)! }
        switch digits.count {
        case 3: (red, green, blue) = (channel([digits[0], digits[0]]), channel([digits[1], digits[1]]), channel([digits[2], digits[2]]))
        case 6: (red, green, blue) = (channel(Array(digits[0..<2])), channel(Array(digits[2..<4])), channel(Array(digits[4..<6])))
        default: return nil
        }
    }

    init(red: UInt8, green: UInt8, blue: UInt8) {
        (self.red, self.green, self.blue) = (red, green, blue)
    }

    var description: String {
        "#" + [red, green, blue].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined().uppercased()
    }

    /// WCAG 2.1 contrast with white: from 1 (white itself) to 21 (black).
    var contrastWithWhite: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return 1.05 / (luminance + 0.05)
    }

    /// The lightest shade of this colour (the same hue, each channel scaled down alike)
    /// that meets AA against white; the colour itself when it already does.
    var readableShade: BrandColour {
        var shade = self
        var factor = 1.0
        while shade.contrastWithWhite < Self.requiredContrast, factor > 0 {
            factor -= 0.01
            shade = BrandColour(
                red: UInt8((Double(red) * factor).rounded(.down)),
                green: UInt8((Double(green) * factor).rounded(.down)),
                blue: UInt8((Double(blue) * factor).rounded(.down)))
        }
        return shade
    }
}
