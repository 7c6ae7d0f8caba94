import Testing
@testable import PolicyKit

/// The poster's QR code, drawn by libqrencode as inline SVG (BrowserPosterTests decodes
/// the printed code with a real reader).
@Suite struct QRCodeSVGTests {
    @Test func aCodeHasItsQuietZoneAndTheSizeOfLevelM() throws {
        let modules = try #require(QRCodeSVG.modules(of: "https://harbourview.example.org"))
        // 31 bytes at level M need version 3: 29 × 29 modules (level L would fit version 2, 25 × 25).
        #expect(modules.count == 29)
        #expect(modules.allSatisfy { $0.count == 29 })
        // The three finder patterns: a dark 7 × 7 square ring in three corners.
        #expect(modules[0].prefix(7).allSatisfy { $0 } && modules[0].suffix(7).allSatisfy { $0 } && modules[28].prefix(7).allSatisfy { $0 })
        let svg = try #require(QRCodeSVG.svg(for: "https://harbourview.example.org"))
        #expect(svg.contains("viewBox=\"0 0 37 37\""), "four light modules on every side")
        #expect(svg.contains("aria-label=\"QR code: https://harbourview.example.org\""))
        #expect(svg.contains("M4 4h7v1h-7z"), "the first finder pattern starts four modules in")
    }

    @Test func theLongestAddressAllowedStillEncodes() throws {
        let address = "https://example.org/" + String(repeating: "a", count: DocumentSettings.maximumQRURLLength - 20)
        let modules = try #require(QRCodeSVG.modules(of: address))
        #expect(modules.count <= 49, "version 8 or less: modules stay over 0.5 mm at 34 mm")
    }

    @Test func theSameAddressGivesTheSameBytes() {
        #expect(QRCodeSVG.svg(for: "https://a.example") == QRCodeSVG.svg(for: "https://a.example"))
        #expect(QRCodeSVG.svg(for: "https://a.example") != QRCodeSVG.svg(for: "https://b.example"))
    }

    @Test func thePosterCarriesTheCodeAndTheTextVersionTheAddress() throws {
        let policy = try #require(load(minimal(plus: "documents:\n  qr_url: https://example.org/code\n")).policy)
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster, .card], formats: [.html, .text])).files
        let poster = String(decoding: try #require(files.first { $0.name == "poster.html" }).bytes, as: UTF8.self)
        #expect(poster.contains("<aside class=\"qr\"><svg class=\"qr-code\""))
        let text = String(decoding: try #require(files.first { $0.name == "poster.txt" }).bytes, as: UTF8.self)
        // As a reader types it: browsers add the https://.
        #expect(text.contains("Read our full code: example.org/code"))
        #expect(!text.contains("<svg"))
        // Only the poster has a code.
        let card = String(decoding: try #require(files.first { $0.name == "card.html" }).bytes, as: UTF8.self)
        #expect(!card.contains("<svg"))
    }

    @Test func theAddressUnderTheCodeLeavesOutOnlyWhatBrowsersAdd() throws {
        for (url, address) in [("https://example.org/", "example.org"), ("https://example.org/code", "example.org/code"),
                               ("http://example.org/code", "http://example.org/code")] {
            let settings = minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  website: \(url)\n")
            let policy = try #require(load(settings).policy)
            #expect(policy.qrAddress(in: policy.primaryLanguage) == address)
            #expect(policy.qrURL(in: policy.primaryLanguage) == url, "the code itself opens the whole address")
        }
    }

    @Test func withoutAnAddressThereIsNoCodeAndNoEmptyBox() throws {
        let policy = try #require(load(minimalSettings).policy)
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html, .text])).files
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.contains("class=\"qr\""))
            #expect(!text.contains("Read our full code"))
        }
    }
}
