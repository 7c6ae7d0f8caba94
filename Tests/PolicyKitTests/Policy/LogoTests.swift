import Testing
@testable import PolicyKit

/// What a logo's own header says of its size, which a Word document draws it at.
struct LogoTests {
    @Test func aPNGGivesItsSizeFromItsHeader() throws {
        var png = BrandingSettingsTests.png
        // Width 300, height 120.
        png.replaceSubrange(16..<24, with: [0, 0, 0x01, 0x2C, 0, 0, 0, 0x78])
        #expect(Logo(format: .png, bytes: png).pixelSize.map { [$0.width, $0.height] } == [300, 120])
    }

    @Test func aJPEGGivesItsSizeFromItsFrameHeaderAfterOtherSegments() {
        let application: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0, count: 10)
        let table: [UInt8] = [0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]
        // Start of frame: length, precision, height 480, width 640, components.
        let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + [UInt8](repeating: 0, count: 9)
        let jpeg = [0xFF, 0xD8] + application + table + frame + [0xFF, 0xD9]
        #expect(Logo(format: .jpeg, bytes: jpeg).pixelSize.map { [$0.width, $0.height] } == [640, 480])
    }

    @Test func aHeaderWithoutASizeGivesNone() {
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0, count: 40) + [0xFF, 0xD9]
        #expect(Logo(format: .jpeg, bytes: jpeg).pixelSize == nil)
        var empty = BrandingSettingsTests.png
        empty.replaceSubrange(16..<24, with: [UInt8](repeating: 0, count: 8))
        #expect(Logo(format: .png, bytes: empty).pixelSize == nil)
    }
}
