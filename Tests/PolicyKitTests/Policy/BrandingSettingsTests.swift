import Foundation
import Testing
@testable import PolicyKit

/// `organisation.logo` and `organisation.colour`, `documents.poster_size`, `documents.qr_url`
/// and `on_poster`: what the settings accept, and the located errors for what they refuse.
@Suite struct BrandingSettingsTests {
    /// A folder holding `settings.yaml` with `organisation` lines added, and the files given.
    static func loadWithFiles(_ organisationLines: String, files: [String: [UInt8]] = [:], extra: String = "") throws -> LoadResult {
        let folder = NSTemporaryDirectory() + "policykit-brand-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        let text = """
            organisation:
              name: Harbourview Community Services
              jurisdiction: CA
            \(organisationLines.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            policy:
              version: "1.0"
              effective_date: 2026-01-15
            \(extra)
            """
        try text.write(toFile: "\(folder)/settings.yaml", atomically: true, encoding: .utf8)
        return SettingsLoader.loadFile(atPath: "\(folder)/settings.yaml", today: testToday)
    }

    /// The smallest valid PNG: one transparent pixel.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ]

    @Test func aPNGLogoIsReadRelativeToTheSettingsFileAndEmbeddedInEveryPage() throws {
        let result = try Self.loadWithFiles("logo: images/../logo.png", files: ["logo.png": Self.png])
        #expect(!result.hasErrors, "\(located(result))")
        let policy = try #require(result.policy)
        #expect(policy.organisation.logo?.format == .png)
        let output = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.html]))
        let dataURI = "data:image/png;base64," + Data(Self.png).base64EncodedString()
        for file in output.files {
            #expect(String(decoding: file.bytes, as: UTF8.self).contains("<img src=\"\(dataURI)\" alt=\"Harbourview Community Services\">"), "\(file.name)")
        }
    }

    @Test func aJPEGIsKnownByItsBytesWhateverItsName() throws {
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0, count: 40) + [0xFF, 0xD9]
        let result = try Self.loadWithFiles("logo: logo.png", files: ["logo.png": jpeg])
        #expect(result.policy?.organisation.logo?.format == .jpeg)
    }

    @Test(arguments: [
        ("logo.svg", Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8), "an SVG image"),
        ("logo.png", Array("#!/bin/sh\nrm -rf ~\n".utf8), "a script"),
        ("logo.png", Array("Our logo is blue with a wave.\n".utf8), "a text file"),
    ])
    func aFileThatIsNotAPNGOrJPEGIsRefusedAtTheSetting(name: String, bytes: [UInt8], what: String) throws {
        let result = try Self.loadWithFiles("logo: \(name)", files: [name: bytes])
        #expect(result.hasErrors)
        #expect(located(result) == ["4:9: error: the logo '\(name)' is \(what), not a PNG or JPEG image; export the logo as PNG or JPEG (SVG is not accepted)"])
    }

    @Test func aLogoOverTwoMegabytesIsRefused() throws {
        let large = Self.png + [UInt8](repeating: 0, count: 3 << 20)
        let result = try Self.loadWithFiles("logo: big.png", files: ["big.png": large])
        let messages = located(result)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("4:9: error: the logo 'big.png' is 3.0 MB, more than the 2 MB allowed") == true, "\(messages)")
    }

    @Test func aMissingLogoIsRefusedWithWhereItWasLookedFor() throws {
        let result = try Self.loadWithFiles("logo: missing.png")
        let messages = located(result)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("4:9: error: the logo 'missing.png' does not exist") == true, "\(messages)")
    }

    @Test func theColourIsAcceptedInEitherSpellingAndUsedOnHeadingsAndPanels() throws {
        for key in ["colour", "color"] {
            let result = load(minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  \(key): \"#0B5394\"\n"))
            #expect(result.diagnostics.isEmpty, "\(located(result))")
            let policy = try #require(result.policy)
            #expect(policy.organisation.colour?.description == "#0B5394")
            let poster = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html])).files[0]
            let html = String(decoding: poster.bytes, as: UTF8.self)
            #expect(html.contains(".poster h1, .poster h2, .poster h3 { color: #0b5394; }"))
            #expect(html.contains(".poster blockquote { background: #0b5394; color: #fff;"))
        }
    }

    @Test func aColourTooLightToReadIsDarkenedWithAWarningThatNamesTheShade() throws {
        let result = load(minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  colour: \"#F6B26B\"\n"))
        #expect(!result.hasErrors)
        let shade = try #require(result.policy?.organisation.colour)
        #expect(shade.contrastWithWhite >= 4.5)
        #expect(shade.contrastWithWhite < 4.7, "the lightest shade that reads, not black")
        #expect(located(result) == ["4:11: warning: the colour #F6B26B is too light to read on white or under white text (1.8:1, WCAG AA needs 4.5:1); the documents use the darker shade \(shade). Write \"\(shade)\" or a darker colour to keep this warning away"])
        // Every colour pair of every style then meets AA.
        let colour = CSSColour(red: shade.red, green: shade.green, blue: shade.blue)
        for style in DocumentStyle.allCases {
            for pair in StylesheetContrast.pairs(inCSS: DocumentStylesheet.css(sheet: .a4, style: style, colour: colour)) {
                #expect(pair.meetsAA, "\(style): \(pair.selector) \(pair.foreground) on \(pair.background)")
            }
        }
    }

    @Test func anUnquotedOrMisspeltColourIsAnError() {
        let unquoted = load(minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  colour: #0B5394\n"))
        #expect(located(unquoted).first == "4:3: error: the colour is empty; write it in quotes, such as \"#0B5394\", since # starts a comment")
        let named = load(minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  color: navy\n"))
        #expect(located(named) == ["4:10: error: 'color' must be a colour written as #RRGGBB, such as \"#0B5394\", found 'navy'; quote it, since # starts a comment"])
    }

    @Test func thePosterSizeMustBelongToThePaperFamily() throws {
        // Canada prints on Letter unless the settings say otherwise.
        let tabloid = load(minimal(plus: "documents:\n  poster_size: tabloid\n"))
        #expect(tabloid.diagnostics.isEmpty)
        #expect(tabloid.policy?.documents.posterSize == .tabloid)
        let a3 = load(minimal(plus: "documents:\n  poster_size: a3\n"))
        #expect(located(a3) == ["8:16: error: poster size 'a3' is not made in the Letter paper family these documents print on; use letter or tabloid, or change 'paper'"])
        let a4Paper = load(minimal(plus: "documents:\n  paper: a4\n  poster_size: a3\n"))
        #expect(a4Paper.diagnostics.isEmpty)
        let unknown = load(minimal(plus: "documents:\n  poster_size: a2\n"))
        #expect(located(unknown) == ["8:16: error: unknown poster size 'a2'; use one of: a4, a3, letter, tabloid"])
    }

    @Test func aQRAddressOver120CharactersIsRefused() {
        let long = "https://harbourview.example.org/" + String(repeating: "a", count: 100)
        let result = load(minimal(plus: "documents:\n  qr_url: \(long)\n"))
        #expect(located(result) == ["8:11: error: 'qr_url' is 132 characters long; a QR code printed 25 mm wide scans reliably only up to 120: use a shorter address, such as a short link to the page"])
        let perLanguage = load(minimal(plus: "languages: [en, fr]\ndocuments:\n  qr_url:\n    en: https://example.org/code\n    fr: \(long)\n"))
        #expect(located(perLanguage).first?.contains("'qr_url' (fr) is 132 characters long") == true)
    }

    @Test func theQRAddressIsPerLanguageAndDefaultsToTheWebsite() throws {
        let given = try #require(load(minimal(plus: "languages: [en, fr]\ndocuments:\n  qr_url:\n    en: https://example.org/code\n    fr: https://example.org/fr/code\n")).policy)
        #expect(given.qrURL(in: .english) == "https://example.org/code")
        #expect(given.qrURL(in: try #require(Language(code: "fr"))) == "https://example.org/fr/code")
        let website = try #require(load(minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  website: www.example.org\n")).policy)
        #expect(website.qrURL(in: .english) == "https://www.example.org")
        let neither = try #require(load(minimalSettings).policy)
        #expect(neither.qrURL(in: .english) == nil)
    }

    @Test func thePosterShowsTheBehavioursMarkedForItElseTheFirstFive() throws {
        let unmarked = try #require(load(minimalSettings).policy)
        #expect(unmarked.clientExpectations.posterBehaviours == Array(unmarked.clientExpectations.notAccepted.prefix(5)))
        let marked = try #require(load(minimal(plus: """
            client_expectations:
              not_accepted:
                - Spitting
                - behaviour: Threats
                  on_poster: true
                - Smoking indoors
                - behaviour: Hitting anyone
                  on_poster: true

            """)).policy)
        #expect(marked.clientExpectations.posterBehaviours.map(\.behaviour.description) == ["Threats", "Hitting anyone"])
    }
}
