import Testing
@testable import PolicyKit

@Suite struct ContrastTests {
    @Test func measuresContrastAsWCAGDefinesIt() throws {
        let black = try #require(CSSColour(css: "#000"))
        let white = try #require(CSSColour(css: "white"))
        #expect(black.contrast(with: white) == 21)
        #expect(white.contrast(with: black) == 21)
        #expect(black.contrast(with: black) == 1)
        // Published reference values: #777 on white just misses AA (4.48:1), #767676 just makes it (4.54:1).
        #expect(abs(try #require(CSSColour(css: "#777777")).contrast(with: white) - 4.48) < 0.01)
        #expect(abs(try #require(CSSColour(css: "#767676")).contrast(with: white) - 4.54) < 0.01)
    }

    @Test func readsTheColourFormsTheStylesheetsUse() {
        #expect(CSSColour(css: "#0645ad") == CSSColour(red: 0x06, green: 0x45, blue: 0xad))
        #expect(CSSColour(css: "#fFf") == CSSColour(red: 255, green: 255, blue: 255))
        #expect(CSSColour(css: "inherit") == nil)
        #expect(CSSColour(css: "#12345") == nil)
        #expect(CSSColour(css: "#ggg") == nil)
    }

    @Test func findsAFailingPairAndAllowsLargeTextLess() throws {
        let css = """
            body { background: #fff; color: #111; }
            .faint { color: #999; }
            .big { color: #888; font-size: 18pt; }
            .panel { background: #ffe9a8 none; color: #000; }
            @media print {
              .faint-print { color: #aaa; font-size: 14pt; font-weight: 700; }
              a { color: inherit; }
            }
            """
        let pairs = StylesheetContrast.pairs(inCSS: css)
        let bySelector = Dictionary(uniqueKeysWithValues: pairs.map { ($0.selector, $0) })
        let faint = try #require(bySelector[".faint"])
        #expect(faint.background == CSSColour(css: "#fff"))
        #expect(!faint.meetsAA)
        #expect(faint.requiredRatio == 4.5)
        // #888 is 3.54:1 on white: too faint for body text, enough for 18pt.
        let big = try #require(bySelector[".big"])
        #expect(big.isLargeText && big.meetsAA)
        #expect(try #require(bySelector[".panel"]).meetsAA)
        let printOnly = try #require(bySelector["@media print .faint-print"])
        #expect(printOnly.isLargeText && !printOnly.meetsAA)
        #expect(bySelector["@media print a"] == nil)
    }

    @Test(arguments: DocumentStyle.allCases)
    func everyBuiltInStyleMeetsAA(_ style: DocumentStyle) {
        let pairs = StylesheetContrast.pairs(style: style)
        #expect(pairs.count >= 3)
        for pair in pairs {
            #expect(pair.meetsAA, "\(style): \(pair.selector) \(pair.foreground) on \(pair.background) is \(pair.ratio):1")
        }
    }

    @Test func theEmergencyPanelIsBlackOnYellowOnScreen() throws {
        let panel = try #require(StylesheetContrast.pairs(style: .poster).first { $0.selector.hasPrefix(".poster blockquote") && !$0.selector.hasPrefix("@media") })
        #expect(panel.background == CSSColour(css: "#ffe9a8"))
        #expect(panel.ratio > 15)
    }
}
