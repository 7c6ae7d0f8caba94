/// Every text colour a stylesheet sets, against the background it is read on, measured
/// against WCAG 2.1 level AA: 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).
struct ColourPair: Hashable, Sendable {
    /// The rule's selector, with `@media print` in front when it applies only in print.
    var selector: String
    var foreground: CSSColour
    var background: CSSColour
    var isLargeText: Bool

    var ratio: Double { foreground.contrast(with: background) }
    var requiredRatio: Double { isLargeText ? 3 : 4.5 }
    var meetsAA: Bool { ratio >= requiredRatio }
}

enum StylesheetContrast {
    /// The pairs in the CSS a page of `style` embeds.
    static func pairs(style: DocumentStyle, paper: PaperSize = .a4) -> [ColourPair] {
        pairs(inCSS: DocumentStylesheet.css(paper: paper, style: style))
    }

    /// The pairs in `css`. A rule that sets only one of the two is read against the
    /// page's colours (`body` in the same medium, else white and black), which is what
    /// the rule's elements inherit in our flat stylesheets.
    static func pairs(inCSS css: String) -> [ColourPair] {
        let rules = CSSRules.parse(css)
        var pairs: [ColourPair] = []
        for medium in ["screen", "print"] {
            let applying = rules.filter { $0.medium == nil || $0.medium == medium }
            var pageForeground = CSSColour(red: 0, green: 0, blue: 0)
            var pageBackground = CSSColour(red: 255, green: 255, blue: 255)
            for rule in applying where rule.selectors.contains(where: { $0 == "body" || $0.hasPrefix("body.") }) {
                if let colour = rule.colour("color") { pageForeground = colour }
                if let colour = rule.background { pageBackground = colour }
            }
            for rule in applying {
                let foreground = rule.colour("color")
                let background = rule.background
                guard foreground != nil || background != nil else { continue }
                // Print rules are checked in print only; shared ones once, on screen.
                if medium == "print" && rule.medium == nil { continue }
                pairs.append(ColourPair(
                    selector: (rule.medium == "print" ? "@media print " : "") + rule.selectors.joined(separator: ", "),
                    foreground: foreground ?? pageForeground,
                    background: background ?? pageBackground,
                    isLargeText: rule.isLargeText
                ))
            }
        }
        return pairs
    }
}

/// Just enough of CSS to read our own stylesheets: rules, one level of `@media`, and
/// declarations. Not a general parser.
struct CSSRules {
    struct Rule {
        var medium: String?
        var selectors: [String]
        var declarations: [String: String]

        func colour(_ property: String) -> CSSColour? {
            declarations[property].flatMap { CSSColour(css: $0) }
        }

        /// `background-color`, or the first colour in the `background` shorthand.
        var background: CSSColour? {
            if let colour = colour("background-color") { return colour }
            guard let shorthand = declarations["background"] else { return nil }
            return shorthand.split(separator: " ").lazy.compactMap { CSSColour(css: String($0)) }.first
        }

        /// At least 18pt, or 14pt and bold, in the rule's own units (pt or px).
        var isLargeText: Bool {
            guard let size = declarations["font-size"], let points = Self.points(size) else { return false }
            let weight = declarations["font-weight"].flatMap { Int($0) } ?? (declarations["font-weight"] == "bold" ? 700 : 400)
            return points >= 18 || (points >= 14 && weight >= 700)
        }

        static func points(_ text: String) -> Double? {
            if text.hasSuffix("pt") { return Double(text.dropLast(2)) }
            if text.hasSuffix("px") { return Double(text.dropLast(2)).map { $0 * 0.75 } }
            return nil
        }
    }

    static func parse(_ css: String) -> [Rule] {
        var rules: [Rule] = []
        var medium: String?
        var depth = 0
        var buffer = ""
        var selector = ""
        for character in css {
            switch character {
            case "{":
                let head = buffer.trimmedOfCSSSpace
                buffer = ""
                if head.hasPrefix("@media") {
                    medium = head.contains("print") ? "print" : "screen"
                    depth += 1
                } else {
                    selector = head
                    depth += 1
                }
            case "}":
                depth -= 1
                if !selector.isEmpty {
                    if !selector.hasPrefix("@") {
                        var declarations: [String: String] = [:]
                        for part in buffer.split(separator: ";") {
                            guard let colon = part.firstIndex(of: ":") else { continue }
                            let name = part[..<colon].trimmedOfCSSSpace.lowercased()
                            let value = part[part.index(after: colon)...].trimmedOfCSSSpace
                            declarations[name] = value
                        }
                        let selectors = selector.split(separator: ",").map { $0.trimmedOfCSSSpace }
                        rules.append(Rule(medium: medium, selectors: selectors, declarations: declarations))
                    }
                    selector = ""
                } else if medium != nil, depth == 0 {
                    medium = nil
                }
                buffer = ""
            default:
                buffer.append(character)
            }
        }
        return rules
    }
}
