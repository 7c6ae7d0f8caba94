import Foundation
import Testing
@testable import PolicyKit

/// The lobby poster and the card as Chromium prints them, measured from the PDF: the
/// headline's capital height and the behaviours' type size from the glyph boxes
/// (`pdftotext -bbox`), the page count against the estimate every build makes, the logo
/// (`pdfimages`), and the QR code read back by a real decoder (zxing-cpp) from the page
/// rendered by `pdftoppm`.
@Suite(.serialized, .tags(.outsidePrograms, .chromium, .python), .leftOutOfQuickRuns)
struct BrowserPosterTests {
    struct Printed: Sendable {
        var example: String
        var sheet: PageSheet
        var paper: PaperSize
        var document: DocumentKind
        var language: Language
        var pdf: String
        /// The ladder step a letter is for.
        var step: Int? = nil

        var label: String { "\(example) \(document)\(step.map { " step \($0)" } ?? "") (\(language.code)) on \(sheet.displayName)" }
    }

    /// Liberation Sans: a word's box runs from the ascender (0.905 em) to the descender
    /// (0.212 em) whatever its letters, so its height gives the type size.
    static let boxHeightPerPoint = 0.905 + 0.212

    /// Every example's poster on A4, Letter, A3 and Tabloid in each of its languages, its
    /// card on A6 and the 4 × 6 in card, and its consequence letters on A4 and Letter,
    /// printed once for all the tests.
    static let printed: Result<[Printed], any Error> = Result {
        let chromium = try PrintTools.requireChromium()
        let folder = try PrintTools.temporaryFolder("poster")
        var jobs: [Printed] = []
        for example in PrintTools.exampleNames {
            let policy = try PrintTools.examplePolicy(example)
            for (paper, large) in [(PaperSize.a4, PosterSize.a3), (.letter, .tabloid)] {
                for posterSize in [nil, large] {
                    var sized = policy
                    sized.documents.posterSize = posterSize
                    let documents: [DocumentKind] = posterSize == nil ? [.poster, .card, .letter] : [.poster]
                    let out = "\(folder)/\(example)-\(paper.rawValue)-\(posterSize?.rawValue ?? "own")"
                    let output = try DocumentBuilder().build(for: sized, options: BuildOptions(documents: documents, formats: [.html], paper: paper))
                    try OutputFolder(path: out).write(output.files)
                    for file in output.files {
                        let parts = file.name.dropLast(".html".count).split(separator: ".")
                        // Letters are named for their step: letter-step-2.
                        let step = parts[0].hasPrefix("letter-step-") ? Int(parts[0].dropFirst("letter-step-".count)) : nil
                        let kind = try #require(step == nil ? DocumentKind(rawValue: String(parts[0])) : .letter)
                        let language = try #require(parts.count > 1 ? Language(code: String(parts[1])) : policy.primaryLanguage)
                        jobs.append(Printed(example: example, sheet: kind.sheet(paper: paper, posterSize: posterSize), paper: paper,
                                            document: kind, language: language, pdf: "\(out)/\(parts.joined(separator: ".")).pdf", step: step))
                    }
                }
            }
        }
        let failures = FailureLog()
        PrintTools.forEach(jobs) { job in
            do {
                try PrintTools.run(chromium, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(job.pdf)-profile", "--print-to-pdf=\(job.pdf)",
                    URL(fileURLWithPath: job.pdf.replacingOccurrences(of: ".pdf", with: ".html")).absoluteString,
                ])
            } catch {
                failures.add("\(job.label): \(error)")
            }
        }
        if let failure = failures.first { throw OutsideProgram.Failed(description: failure) }
        return jobs
    }

    /// Each word on the first page with its box, in points.
    static func words(_ pdf: String) throws -> [(text: String, top: Double, height: Double)] {
        let xml = try PrintTools.run(try PrintTools.requirePoppler("pdftotext"), ["-bbox", "-f", "1", "-l", "1", pdf, "-"])
        var words: [(String, Double, Double)] = []
        for line in xml.split(separator: "\n") where line.contains("<word ") {
            func attribute(_ name: String) -> Double? {
                guard let start = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let yMin = attribute("yMin"), let yMax = attribute("yMax"),
                  let open = line.range(of: "\">"), let close = line.range(of: "</word>") else { continue }
            let text = String(line[open.upperBound..<close.lowerBound])
            let decoded = text.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            words.append((decoded, yMin, yMax - yMin))
        }
        return words
    }

    static func posters() throws -> [Printed] { try printed.get().filter { $0.document == .poster } }

    @Test func thePosterPrintsOnOneSheetOfEverySize() throws {
        let posters = try Self.posters()
        // Four sheets for every language of every example.
        let languages = try PrintTools.exampleNames.map { try PrintTools.examplePolicy($0).languages.count }.reduce(0, +)
        #expect(posters.count == languages * 4)
        for poster in posters {
            #expect(try BrowserPrintTests.pages(poster.pdf) == 1, "\(poster.label)")
        }
    }

    @Test func theHeadlineHasCapitalsAbout20MillimetresTallAndTheBehavioursAtLeast28Points() throws {
        var report: [String] = []
        // Measured where pdftotext gives the words back as written: Arabic comes back
        // reshaped, Chinese without spaces, Gurmukhi with its vowel signs moved.
        for poster in try Self.posters() where ["en", "fr", "es", "vi"].contains(poster.language.code) {
            let policy = try PrintTools.examplePolicy(poster.example)
            let markdown = try DocumentFiller().markdown(for: .poster, policy: policy, language: poster.language)
            let headline = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("# ") }).dropFirst(2)
            let words = try Self.words(poster.pdf)
            let first = try #require(words.first { $0.text == String(headline.split(separator: " ")[0]) }, "\(poster.label): headline not found")
            let points = first.height / Self.boxHeightPerPoint
            let capitals = points * Double(FontMetrics.capHeight) / 1000 * FontMetrics.millimetresPerPoint
            // One line: every word of the headline on the same line.
            let headlineWords = headline.split(separator: " ").map(String.init)
            let lines = Set(words.filter { headlineWords.contains($0.text) && abs($0.height - first.height) < 0.5 }.map { ($0.top * 10).rounded() })
            #expect(lines.count == 1, "\(poster.label): the headline takes \(lines.count) lines")
            let large = poster.sheet.scale > 1
            #expect(points >= 80 * (large ? 1.25 : 1), "\(poster.label): headline at \(points) pt")
            #expect(capitals >= 19.5 * poster.sheet.scale && capitals <= 21 * poster.sheet.scale, "\(poster.label): capitals \(capitals) mm")
            // Each behaviour's first word, at 28 pt or more.
            let behaviours = policy.clientExpectations.posterBehaviours.map { $0.behaviour.text(in: poster.language.code, primary: policy.primaryLanguage.code) }
            var sizes: [Double] = []
            for behaviour in behaviours {
                let firstWord = String(behaviour.split(separator: " ")[0])
                let box = try #require(words.first { $0.text == firstWord && $0.top > first.top }, "\(poster.label): '\(firstWord)' not found")
                sizes.append(box.height / Self.boxHeightPerPoint)
            }
            #expect(sizes.allSatisfy { $0 >= 28 * poster.sheet.scale }, "\(poster.label): behaviours at \(sizes) pt")
            report.append("\(poster.label): headline \(String(format: "%.1f", points)) pt, capitals \(String(format: "%.1f", capitals)) mm, behaviours \(String(format: "%.1f", sizes.min() ?? 0)) pt")
        }
        print(report.joined(separator: "\n"))
    }

    @Test func theQRCodeReadsBackAsTheExactAddressAndPrintsAtLeast25MillimetresWide() throws {
        let python = try OutsideProgram.require("python3", installedBy: "Python 3")
        let pdftoppm = try PrintTools.requirePoppler("pdftoppm")
        // A grey page from pdftoppm (PGM), read by zxing-cpp: the address and the code's width in pixels.
        let decoder = """
            import sys, numpy, zxingcpp
            data = open(sys.argv[1], 'rb').read()
            parts = data.split(maxsplit=4)
            width, height = int(parts[1]), int(parts[2])
            image = numpy.frombuffer(parts[4][-width * height:], dtype=numpy.uint8).reshape(height, width)
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                position = code.position
                print(code.text + '\\t' + str(max(position.top_right.x, position.bottom_right.x) - min(position.top_left.x, position.bottom_left.x)) + '\\t' + code.ec_level)
            """
        do {
            try PrintTools.run(python, ["-c", "import zxingcpp, numpy"])
        } catch {
            Issue.record("python3 has no zxing-cpp: `scripts/install-dependencies --tests` (run by `make test`) installs it from PyPI. \(error)")
            return
        }
        let dpi = 200.0
        var widths: [Double] = []
        for poster in try Self.posters() {
            let policy = try PrintTools.examplePolicy(poster.example)
            let address = try #require(policy.qrURL(in: poster.language))
            let image = poster.pdf.replacingOccurrences(of: ".pdf", with: "")
            try PrintTools.run(pdftoppm, ["-r", String(Int(dpi)), "-gray", "-singlefile", poster.pdf, image])
            let found = try PrintTools.run(python, ["-c", decoder, image + ".pgm"]).split(separator: "\n")
            #expect(found.count == 1, "\(poster.label): \(found.count) QR codes read")
            let fields = try #require(found.first).split(separator: "\t").map(String.init)
            #expect(fields[0] == address, "\(poster.label)")
            let millimetres = try #require(Double(fields[1])) / dpi * 25.4
            #expect(millimetres >= 25, "\(poster.label): the code is \(millimetres) mm wide")
            #expect(["M", "Q", "H"].contains(fields[2]), "\(poster.label): level \(fields[2])")
            widths.append(millimetres)
        }
        print("QR code widths (mm, without the quiet zone): \(widths.map { String(format: "%.1f", $0) }.joined(separator: ", "))")
    }

    /// The caption under the code gives the address as a reader types it. An address the
    /// column holds is printed on one line; a longer one breaks only after a dot or a slash,
    /// never inside a word, which a reader would type as printed.
    @Test func theAddressUnderTheCodeBreaksOnlyAfterADotOrASlash() throws {
        let pdftotext = try PrintTools.requirePoppler("pdftotext")
        for poster in try Self.posters() {
            let policy = try PrintTools.examplePolicy(poster.example)
            let address = try #require(policy.qrAddress(in: poster.language))
            #expect(!address.hasPrefix("https://"))
            let text = String(try PrintTools.run(pdftotext, [poster.pdf, "-"]).unicodeScalars.filter { !BidiIsolation.layoutScalars.contains($0) })
            // The address with a line break allowed before any of its characters.
            let pattern = address.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\n?")
            let match = try #require(text.range(of: pattern, options: .regularExpression), "\(poster.label): \(address) not found")
            let printed = text[match]
            for lineEnd in printed.indices where printed[lineEnd] == "\n" {
                #expect(["." as Character, "/"].contains(printed[printed.index(before: lineEnd)]),
                        "\(poster.label): \(address) printed as \(printed.split(separator: "\n"))")
            }
            if address.count <= 24 {
                #expect(!printed.contains("\n"), "\(poster.label): \(address) printed as \(printed.split(separator: "\n"))")
            }
        }
    }

    @Test func theCardsTypeIsNeverUnder8Point5() throws {
        for card in try Self.printed.get() where card.document == .card {
            let sizes = try Self.words(card.pdf).map { $0.height / Self.boxHeightPerPoint }
            #expect(!sizes.isEmpty)
            // Bold and regular words share the box height; 0.1 pt allows for rounding.
            #expect((sizes.min() ?? 0) >= 8.4, "\(card.label): smallest text \(sizes.min() ?? 0) pt")
        }
    }

    @Test func theLogoIsInEveryPDF() throws {
        let pdfimages = try PrintTools.requirePoppler("pdfimages")
        for printed in try Self.printed.get() {
            let list = try PrintTools.run(pdfimages, ["-list", printed.pdf]).split(separator: "\n").dropFirst(2)
            // The examples' logos are 256 × 256 PNGs.
            #expect(list.contains { $0.contains(" image ") && $0.contains(" 256 ") }, "\(printed.label): no logo in \(list)")
        }
    }

    @Test func everyExamplesLettersArePrintedOnOnePageOfA4AndLetter() throws {
        let letters = try Self.printed.get().filter { $0.document == .letter }
        for example in PrintTools.exampleNames {
            for paper in [PaperSize.a4, .letter] {
                #expect(letters.filter { $0.example == example && $0.paper == paper && $0.language == .english }.count >= 2, "\(example) on \(paper)")
            }
        }
        for letter in letters {
            #expect(try BrowserPrintTests.pages(letter.pdf) == 1, "\(letter.label)")
        }
    }

    @Test func theEstimateEveryBuildMakesMatchesChromiumsPageCount() throws {
        var report: [String] = []
        for printed in try Self.printed.get() {
            let policy = try PrintTools.examplePolicy(printed.example)
            let markdown = try printed.step.map { step in try DocumentFiller().letterMarkdown(step: step, policy: policy, language: printed.language) }
                ?? DocumentFiller().markdown(for: printed.document, policy: policy, language: printed.language)
            let fit = PageFit(style: printed.document.style, sheet: printed.sheet, hasLogo: policy.organisation.logo != nil,
                              hasQRCode: printed.document == .poster && policy.qrURL(in: printed.language) != nil)
            let estimated = fit.pages(of: markdown)
            let pages = try BrowserPrintTests.pages(printed.pdf)
            #expect(estimated == pages, "\(printed.label): estimated \(estimated), printed \(pages)")
            #expect(pages <= (printed.document.pageLimit ?? 1), "\(printed.label): \(pages) pages")
            report.append("\(printed.label): \(pages) page(s), estimated \(estimated)")
        }
        print(report.joined(separator: "\n"))
    }

    /// A name of one 60-letter word and an address without spaces are wrapped, never
    /// shrunk: the headline keeps its size.
    @Test func aLongUnbrokenNameWrapsInsteadOfShrinkingThePage() throws {
        let chromium = try PrintTools.requireChromium()
        let name = String(repeating: "Verylongname", count: 6)
        let settings = minimal(plus: "").replacingOccurrences(of: "name: Harbourview Community Services", with: "name: \(name)")
            .replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  website: https://example.org/\(String(repeating: "x", count: 80))\n")
        let policy = try #require(load(settings).policy)
        let folder = try PrintTools.temporaryFolder("long-name")
        let files = try DocumentBuilder().build(for: policy, options: BuildOptions(documents: [.poster, .card], formats: [.html])).files
        try OutputFolder(path: folder).write(files)
        for document in ["poster", "card"] {
            let pdf = "\(folder)/\(document).pdf"
            try PrintTools.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                          "--user-data-dir=\(folder)/profile-\(document)", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: "\(folder)/\(document).html").absoluteString])
            let words = try Self.words(pdf)
            if document == "poster" {
                let headline = try #require(words.first { $0.text == "Respect" })
                #expect(headline.height / Self.boxHeightPerPoint >= 83, "the poster was shrunk to fit the long name")
            } else {
                let title = try #require(words.first { $0.text == "Quick-Reference" })
                #expect(title.height / Self.boxHeightPerPoint >= 11.9, "the card was shrunk to fit the long name")
            }
        }
    }
}
