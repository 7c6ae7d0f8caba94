import Foundation
import Testing
@testable import PolicyKit

/// The estimate of how many pages a fixed-size document fills, made in every build and
/// check without a browser (BrowserPosterTests compares it with Chromium's count).
@Suite struct PageFitTests {
    static func behaviours(_ count: Int, onPoster: Bool) -> String {
        "client_expectations:\n  not_accepted:\n" + (1...count).map { index in
            "    - behaviour: Behaviour \(index)\n      on_poster: \(onPoster)\n"
        }.joined()
    }

    @Test func theExamplesPostersAndCardsFitTheirSheets() throws {
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for paper in PaperSize.allCases {
                let output = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster, .card], formats: [.markdown], paper: paper))
                #expect(output.warnings.isEmpty, "\(example) on \(paper): \(output.warnings.map(\.message))")
            }
        }
    }

    @Test func twoHundredBehavioursOnThePosterWarnInEveryBuildWithoutAPDF() throws {
        let policy = try #require(load(minimal(plus: Self.behaviours(200, onPoster: true))).policy)
        #expect(policy.clientExpectations.posterBehaviours.count == 200)
        let output = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.html]))
        let messages = output.warnings.map(\.message)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.hasPrefix("poster would print on "), "\(message)")
        #expect(message.hasSuffix(" pages of Letter, not one (its type is kept large, to be read from across a room); shorten the lists and texts it shows from the settings file"))
        // Each behaviour takes a line of 32 pt or two: far more than one sheet.
        let pages = PageFit(style: .poster, sheet: .letter, hasLogo: false, hasQRCode: false)
            .pages(of: try DocumentFiller().markdown(for: .poster, policy: policy))
        #expect(pages >= 10)
        #expect(message.contains(" on \(pages) pages "))
    }

    @Test func twoHundredBehavioursUnmarkedStillGiveAOnePagePoster() throws {
        let policy = try #require(load(minimal(plus: Self.behaviours(200, onPoster: false))).policy)
        let output = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster], formats: [.markdown]))
        #expect(output.warnings.isEmpty)
    }

    @Test func theCardMayFillBothSidesButNoMore() throws {
        let sheet = PageSheet.a6
        let fit = PageFit(style: .card, sheet: sheet, hasLogo: false, hasQRCode: false)
        let line = "- A line of the card that says what to do\n"
        #expect(fit.pages(of: "# Card\n\n" + String(repeating: line, count: 20)) == 1)
        #expect(fit.pages(of: "# Card\n\n" + String(repeating: line, count: 60)) == 2)
        #expect(fit.pages(of: "# Card\n\n" + String(repeating: line, count: 120)) > 2)
        #expect(DocumentKind.card.pageLimit == 2)
        #expect(DocumentKind.poster.pageLimit == 1)
        #expect(DocumentKind.handbook.pageLimit == nil)
    }

    @Test func aLongUnbrokenWordWrapsInTheEstimateAsOnThePage() {
        let width = 100.0
        let style = FitText(points: 28, lineHeight: 1.15)
        // An m is 8.2 mm wide at 28 pt: 60 of them take five lines of 100 mm.
        #expect(BlockLayout.lines(of: String(repeating: "m", count: 60), style: style, width: width) == 5)
        #expect(BlockLayout.lines(of: "short words only", style: style, width: width) == 1)
    }
}
