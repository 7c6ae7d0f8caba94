/// How many pages a document takes on its sheet, estimated from the fonts' metrics and
/// the sizes its stylesheet sets, without a browser: so that every `build` and `check`
/// can say when a poster or card will not fit, with or without a PDF. Line breaks are
/// found word by word as the browser finds them; blocks that the stylesheet keeps whole
/// (list items, panels, headings with what follows) move whole to the next page. The
/// print tests compare the estimate with Chromium's page count on the examples.
struct PageFit {
    var style: DocumentStyle
    var sheet: PageSheet
    var hasLogo: Bool
    var hasQRCode: Bool

    /// The pages `markdown` fills.
    func pages(of markdown: String) -> Int {
        let profile = FitProfile(style: style, scale: sheet.scale)
        // Text set in columns fills each column down the page in turn: as one column of
        // their width, as tall as all of them together.
        let columns = Double(profile.columns)
        let width = (sheet.size.width - 2 * profile.sideMargin - (columns - 1) * profile.columnGap) / columns
        let height = (sheet.size.height - 2 * profile.topMargin) * columns
        var layout = BlockLayout(profile: profile, width: width)
        let boxes = layout.boxes(of: MarkdownDocument(parsing: markdown).blocks, hasLogo: hasLogo, hasQRCode: hasQRCode)
        return Self.paginate(boxes, pageHeight: height)
    }

    /// Boxes in order onto pages: a box that does not fit what is left of a page starts
    /// the next one; one taller than a whole page runs on over as many pages as it needs.
    static func paginate(_ boxes: [FitBox], pageHeight: Double) -> Int {
        var pages = 1
        var used = 0.0
        for (index, box) in boxes.enumerated() {
            // A heading needs room for itself and the start of what follows.
            let needed = box.keepsWithNext && index + 1 < boxes.count ? box.height + min(boxes[index + 1].height, pageHeight / 4) : box.height
            if used > 0, used + needed > pageHeight + 0.5 {
                pages += 1
                used = 0
            }
            used += box.height
            while used > pageHeight + 0.5 {
                pages += 1
                used -= pageHeight
            }
        }
        return pages
    }
}

/// A piece of a page that moves to the next page whole.
struct FitBox: Equatable {
    var height: Double
    var keepsWithNext = false
}

/// A style of text: size in points, line height as a multiple of it, the space kept above
/// and below in millimetres.
struct FitText {
    var points: Double
    var lineHeight: Double
    var bold = false
    var above = 0.0
    var below = 0.0

    var lineMillimetres: Double { points * lineHeight * FontMetrics.millimetresPerPoint }
}

/// The sizes a style's print rules set, as `DocumentStylesheet` writes them. The poster's
/// and the card's, the two sheets whose page count a build warns about, are read from
/// `PosterMeasures` and `CardMeasures`, which their stylesheets are written from; the
/// other styles' are restated here.
struct FitProfile {
    var topMargin: Double
    var sideMargin: Double
    var paragraph: FitText
    var headings: [FitText]
    var listItem: FitText
    var listIndent: Double
    var quote: FitText
    var quotePadding: (vertical: Double, horizontal: Double)
    /// The poster sets the panel's bold text (the emergency number) on a line of its own, larger.
    var quoteStrong: FitText?
    var logoHeight: Double
    /// The poster's first paragraph sits beside the logo.
    var nameBesideLogo = false
    var lastParagraph: FitText?
    /// The code of conduct is set in two columns.
    var columns = 1
    var columnGap = 0.0
    /// Forms to fill in set their tick boxes in two columns.
    var tickColumns = 1

    init(style: DocumentStyle, scale: Double) {
        let pt = FontMetrics.millimetresPerPoint
        switch style {
        case .poster:
            let s = scale
            typealias M = PosterMeasures
            topMargin = M.margin
            sideMargin = M.margin
            paragraph = FitText(points: M.body * s, lineHeight: M.bodyLineHeight, below: M.spaceBelowIntroduction * s)
            headings = [FitText(points: M.headline * s, lineHeight: M.headlineLineHeight, bold: true,
                                above: M.spaceAboveHeadline * s, below: M.spaceBelowHeadline * s)]
            listItem = FitText(points: M.behaviour * s, lineHeight: M.behaviourLineHeight, bold: true, below: M.spaceBetweenBehaviours * s)
            listIndent = M.listIndent * M.behaviour * s * pt
            quote = FitText(points: M.body * s, lineHeight: M.panelLineHeight, bold: true)
            quotePadding = (M.panelPadding.vertical * s, M.panelPadding.horizontal * s)
            quoteStrong = FitText(points: M.emergencyNumber * s, lineHeight: M.emergencyNumberLineHeight, bold: true)
            logoHeight = M.logoHeight * s
            nameBesideLogo = true
            lastParagraph = FitText(points: M.footer * s, lineHeight: M.bodyLineHeight, above: M.spaceAboveFooter * s)
        case .card:
            typealias M = CardMeasures
            topMargin = M.margin.vertical
            sideMargin = M.margin.horizontal
            paragraph = FitText(points: M.body, lineHeight: M.bodyLineHeight, below: M.spaceBelowBlock)
            headings = M.headings.enumerated().map { level, heading in
                // A level-2 heading's rule adds to the space below it.
                let rule = level == 1 ? M.sectionRule * pt : 0
                return FitText(points: heading.points, lineHeight: DocumentStylesheet.headingLineHeight, bold: true,
                               above: heading.above, below: heading.below + rule)
            }
            listItem = FitText(points: M.body, lineHeight: M.bodyLineHeight)
            listIndent = M.listIndent * M.body * pt
            quote = FitText(points: M.body, lineHeight: M.bodyLineHeight, bold: true, below: M.spaceBelowBlock)
            quotePadding = (M.panelPadding.vertical, M.panelPadding.horizontal + M.panelRule)
            quoteStrong = nil
            logoHeight = M.logoHeight + M.spaceBelowLogo
        case .codeOfConduct:
            // Two columns of 14 pt on narrow margins; the title and the emergency panel span
            // both, which the estimate counts as column text, a little on the safe side.
            topMargin = 6
            sideMargin = 9
            columns = 2
            columnGap = 5
            paragraph = FitText(points: 14, lineHeight: 1.07, below: 2 * pt)
            headings = [FitText(points: 25, lineHeight: 1.05, bold: true),
                        FitText(points: 16, lineHeight: 1.05, bold: true, above: 4 * pt, below: 1 * pt + 1.5 * pt),
                        FitText(points: 15, lineHeight: 1.07, bold: true)]
            listItem = FitText(points: 14, lineHeight: 1.07)
            listIndent = 0.9 * 14 * pt
            quote = FitText(points: 15, lineHeight: 1.15, below: 3 * pt)
            quotePadding = (3 * pt, 6 * pt + 6 * pt)
            quoteStrong = nil
            // The logo sits in the corner beside the title and its lines are kept clear of it.
            logoHeight = 0
        case .checklist, .fillIn:
            // Records to fill in: 10 pt text on 12 and 14 mm margins.
            topMargin = 12
            sideMargin = 14
            tickColumns = 2
            let body = 10.0
            paragraph = FitText(points: body, lineHeight: 1.25, below: 5 * pt)
            headings = [FitText(points: 18, lineHeight: DocumentStylesheet.headingLineHeight, bold: true, below: 4 * pt),
                        FitText(points: 13, lineHeight: DocumentStylesheet.headingLineHeight, bold: true, above: 9 * pt, below: 3 * pt),
                        FitText(points: 11.5, lineHeight: DocumentStylesheet.headingLineHeight, bold: true, above: 8 * pt, below: 3 * pt)]
            listItem = FitText(points: body, lineHeight: 1.25)
            listIndent = 1.6 * body * pt
            quote = FitText(points: body, lineHeight: 1.25, below: 5 * pt)
            quotePadding = (0.5 * body * pt, 1.3 * body * pt)
            quoteStrong = nil
            logoHeight = DocumentStylesheet.logoHeight + 0.75 * 4.23
        default:
            // The shared print rules: 11 pt text on the family's ordinary margins.
            topMargin = 18
            sideMargin = 16.5
            let body = 11.0
            paragraph = FitText(points: body, lineHeight: 1.4, below: body * pt)
            headings = [1.9, 1.45, 1.2].map { FitText(points: body * $0, lineHeight: DocumentStylesheet.headingLineHeight, bold: true, above: 1.6 * body * $0 * pt, below: 0.5 * body * $0 * pt) }
            listItem = FitText(points: body, lineHeight: 1.4)
            listIndent = 1.6 * body * pt
            quote = FitText(points: body, lineHeight: 1.4, below: body * pt)
            quotePadding = (0.5 * body * pt, 1.3 * body * pt)
            quoteStrong = nil
            logoHeight = DocumentStylesheet.logoHeight + 0.75 * 4.23
        }
    }
}

/// Turns Markdown blocks into boxes of known height at the page's width.
struct BlockLayout {
    var profile: FitProfile
    var width: Double

    /// The height of `text` set in `style` across `width`, in millimetres.
    static func lines(of text: String, style: FitText, width: Double) -> Int {
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = 0.0
            var count = 1
            let space = FontMetrics.width(of: " ", points: style.points, bold: style.bold)
            for word in paragraph.split(separator: " ") {
                var wordWidth = FontMetrics.width(of: word, points: style.points, bold: style.bold)
                if line > 0, line + space + wordWidth <= width {
                    line += space + wordWidth
                    continue
                }
                if line > 0 { count += 1 }
                // A word wider than the line is broken where it runs out of room.
                while wordWidth > width {
                    count += 1
                    wordWidth -= width
                }
                line = wordWidth
            }
            lines += count
        }
        return lines
    }

    func height(of text: String, _ style: FitText, width: Double) -> Double {
        Double(Self.lines(of: text, style: style, width: width)) * style.lineMillimetres
    }

    mutating func boxes(of blocks: [MarkdownBlock], hasLogo: Bool, hasQRCode: Bool) -> [FitBox] {
        var boxes: [FitBox] = []
        var rest = blocks[...]
        if hasLogo {
            if profile.nameBesideLogo, case .paragraph(let inlines) = rest.first {
                // The organisation's name sits beside the logo, smaller than the body text.
                let name = FitText(points: profile.paragraph.points * PosterMeasures.name / PosterMeasures.body,
                                   lineHeight: PosterMeasures.nameLineHeight, bold: true)
                let text = height(of: MarkdownInline.plainText(of: inlines), name, width: width * 0.6)
                boxes.append(FitBox(height: max(profile.logoHeight, text)))
                rest = rest.dropFirst()
            } else {
                boxes.append(FitBox(height: profile.logoHeight))
            }
        }
        var index = rest.startIndex
        while index < rest.endIndex {
            let block = rest[index]
            let isLast = index == rest.index(before: rest.endIndex)
            index = rest.index(after: index)
            switch block {
            case .heading(let level, let inlines):
                let style = profile.headings[min(level, profile.headings.count) - 1]
                boxes.append(FitBox(height: style.above + height(of: MarkdownInline.plainText(of: inlines), style, width: width) + style.below, keepsWithNext: true))
            case .paragraph(let inlines):
                let style = isLast ? (profile.lastParagraph ?? profile.paragraph) : profile.paragraph
                boxes.append(FitBox(height: style.above + height(of: MarkdownInline.plainText(of: inlines), style, width: width) + style.below))
            case .list(let list):
                boxes += listBoxes(list)
                if let last = boxes.popLast() { boxes.append(FitBox(height: last.height + profile.paragraph.below)) }
            case .blockQuote(let children):
                typealias M = PosterMeasures
                let besidePanel = hasQRCode && profile.quoteStrong != nil
                var panel = panelHeight(children, width: width - (besidePanel ? (M.sideColumn + M.columnGap) * sheetScale : 0))
                // Beside the poster's panel: the QR code and the line under it.
                if besidePanel {
                    var caption = 0.0
                    if index < rest.endIndex, case .paragraph(let inlines) = rest[index], index != rest.index(before: rest.endIndex) {
                        let style = FitText(points: M.caption * sheetScale, lineHeight: M.captionLineHeight)
                        caption = M.spaceAboveCaption * sheetScale
                            + height(of: MarkdownInline.plainText(of: inlines), style, width: M.sideColumn * sheetScale)
                        index = rest.index(after: index)
                    }
                    panel = max(panel, M.qrCode * sheetScale + caption)
                }
                boxes.append(FitBox(height: panel + profile.quote.below))
            case .codeBlock(_, let literal):
                boxes.append(FitBox(height: height(of: literal, profile.paragraph, width: width) + profile.paragraph.below))
            case .thematicBreak:
                boxes.append(FitBox(height: 2 * profile.paragraph.below))
            case .form(let form):
                boxes.append(FitBox(height: formHeight(form) + profile.paragraph.below))
            case .htmlBlock:
                break
            }
        }
        return boxes
    }

    /// A form as the lines it takes: a row of fields, a ruled line, a tick box or a table
    /// row is about one line of text with room to write, a signature a line of fields
    /// under its signer.
    private func formHeight(_ form: MarkdownForm) -> Double {
        let line = profile.paragraph.lineMillimetres * 1.3
        var lines = 0.0
        for part in form.parts {
            switch part {
            case .fields: lines += 1
            case .writingLines(let label, let count): lines += Double(count) + (label.isEmpty ? 0 : 1)
            case .tickBoxes(let items):
                // Each box's text wraps within its column; the columns share the lines between them.
                let columns = Double(profile.tickColumns)
                let columnWidth = (width - (columns - 1) * 8) / columns - 1.6 * profile.paragraph.points * FontMetrics.millimetresPerPoint
                let wrapped = items.map { Self.lines(of: MarkdownInline.plainText(of: $0), style: profile.paragraph, width: columnWidth) }
                lines += (Double(wrapped.reduce(0, +)) / columns).rounded(.up)
            case .table(let table): lines += Double(table.rows.count + 1)
            case .signature: lines += 2
            }
        }
        return lines * line
    }

    private var sheetScale: Double { profile.paragraph.points / 28 }

    private func listBoxes(_ list: MarkdownList, depth: Int = 1) -> [FitBox] {
        var boxes: [FitBox] = []
        let inner = width - Double(depth) * profile.listIndent
        for item in list.items {
            var total = 0.0
            for block in item.blocks {
                switch block {
                case .paragraph(let inlines), .heading(_, let inlines):
                    total += height(of: MarkdownInline.plainText(of: inlines), profile.listItem, width: inner)
                case .list(let nested):
                    total += listBoxes(nested, depth: depth + 1).reduce(0) { $0 + $1.height }
                default:
                    total += profile.listItem.lineMillimetres
                }
            }
            boxes.append(FitBox(height: total + profile.listItem.below))
        }
        return boxes
    }

    private func panelHeight(_ children: [MarkdownBlock], width: Double) -> Double {
        let inner = width - 2 * profile.quotePadding.horizontal
        var total = 2 * profile.quotePadding.vertical
        for child in children {
            guard case .paragraph(let inlines) = child else {
                total += profile.quote.lineMillimetres
                continue
            }
            if let strong = profile.quoteStrong {
                var plain: [MarkdownInline] = []
                for inline in inlines {
                    if case .strong(let children) = inline {
                        total += height(of: MarkdownInline.plainText(of: children), strong, width: inner)
                    } else {
                        plain.append(inline)
                    }
                }
                let text = MarkdownInline.plainText(of: plain)
                if !text.allSatisfy(\.isWhitespace) { total += height(of: text, profile.quote, width: inner) }
            } else {
                total += height(of: MarkdownInline.plainText(of: inlines), profile.quote, width: inner) + profile.paragraph.below
            }
        }
        return total
    }
}
