import Foundation
import Testing
import ZIPFoundation
@testable import PolicyKit

/// The Word file around the body: its zip container, page, footer and properties, and
/// what a build writes with `--format docx`.
@Suite struct WordDocumentTests {
    static let document = WordDocument(
        properties: WordDocument.Properties(title: "Client Code of Conduct — Harbourview", organisation: "Harbourview & Co", version: "2.1",
                                            effectiveDate: CalendarDate(year: 2026, month: 1, day: 15)!),
        language: WordLanguage(code: "en", direction: .leftToRight), paper: .a4, style: .poster,
        footerText: "Client Code of Conduct · v2.1", contents: false)
    static let markdown = MarkdownDocument(parsing: "# Our Code of Conduct\n\nWelcome.\n")

    /// Every entry of a zip: its path, bytes and modification date, in stored order.
    static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String, date: Date?)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, String(decoding: data, as: UTF8.self), entry.fileAttributes[.modificationDate] as? Date)
        }
    }

    static func part(_ path: String, of bytes: [UInt8]) throws -> String {
        try #require(try entries(bytes).first { $0.path == path }).text
    }

    @Test func theArchiveHoldsWordsPartsInAFixedOrderWithAFixedDate() throws {
        let entries = try Self.entries(try Self.document.bytes(for: Self.markdown))
        #expect(entries.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
            "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
            "word/settings.xml", "word/footer1.xml",
        ])
        let expected = Date(timeIntervalSince1970: 315_532_800)
        for entry in entries {
            #expect(entry.date.map { abs($0.timeIntervalSince(expected)) < 2 } == true, "\(entry.path): \(String(describing: entry.date))")
        }
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let first = try Self.document.bytes(for: Self.markdown)
        let second = try Self.document.bytes(for: MarkdownDocument(parsing: "# Our Code of Conduct\n\nWelcome.\n"))
        #expect(first == second)
        var later = Self.document
        later.properties.version = "2.2"
        #expect(try later.bytes(for: Self.markdown) != first)
    }

    @Test func thePropertiesNameTheDocumentItsOrganisationVersionAndDate() throws {
        let bytes = try Self.document.bytes(for: Self.markdown)
        let core = try Self.part("docProps/core.xml", of: bytes)
        #expect(core.contains("<dc:title>Client Code of Conduct — Harbourview</dc:title>"))
        #expect(core.contains("<cp:version>2.1</cp:version>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-15T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:language>en</dc:language>"))
        #expect(try Self.part("docProps/app.xml", of: bytes).contains("<Company>Harbourview &amp; Co</Company>"))
        let custom = try Self.part("docProps/custom.xml", of: bytes)
        #expect(custom.contains("name=\"Version\"><vt:lpwstr>2.1</vt:lpwstr>"))
        #expect(custom.contains("name=\"Effective date\"><vt:filetime>2026-01-15T00:00:00Z</vt:filetime>"))
    }

    @Test func theFooterShowsTheVersionAndPageNumbers() throws {
        let footer = try Self.part("word/footer1.xml", of: try Self.document.bytes(for: Self.markdown))
        #expect(footer.contains(">Client Code of Conduct · v2.1 · </w:t>"))
        #expect(footer.contains("<w:fldSimple w:instr=\" PAGE \">"))
        #expect(footer.contains("<w:fldSimple w:instr=\" NUMPAGES \">"))
        let document = try Self.part("word/document.xml", of: try Self.document.bytes(for: Self.markdown))
        #expect(document.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"))
    }

    @Test(arguments: [(PaperSize.a4, 11906, 16838), (PaperSize.letter, 12240, 15840)])
    func thePageIsTheBuildsPaper(paper: PaperSize, width: Int, height: Int) throws {
        var document = Self.document
        document.paper = paper
        document.style = .handbook
        let xml = try Self.part("word/document.xml", of: try document.bytes(for: Self.markdown))
        #expect(xml.contains("<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"))
        let margins = paper == .a4 ? "w:top=\"1020\" w:right=\"907\" w:bottom=\"1020\" w:left=\"907\"" : "w:top=\"1008\" w:right=\"936\" w:bottom=\"1008\" w:left=\"936\""
        #expect(xml.contains("<w:pgMar \(margins)"))
    }

    /// The organisation's logo heads the document, stored in the package, at its own
    /// proportions, with the organisation's name as its text alternative.
    @Test func theLogoHeadsTheDocumentAtItsOwnProportions() throws {
        var png = BrandingSettingsTests.png
        png.replaceSubrange(16..<24, with: [0, 0, 0x01, 0x2C, 0, 0, 0, 0x78])  // 300 × 120
        var document = Self.document
        document.logo = WordLogo(image: Logo(format: .png, bytes: png), description: "Harbourview & Co \"<w:p>\"", heightMillimetres: 24)
        let bytes = try document.bytes(for: Self.markdown)
        let entries = try Self.entries(bytes)
        #expect(entries.last?.path == "word/media/logo.png")
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var stored = Data()
        _ = try archive.extract(try #require(archive["word/media/logo.png"])) { stored.append($0) }
        #expect([UInt8](stored) == png)
        #expect(try Self.part("[Content_Types].xml", of: bytes).contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        #expect(try Self.part("word/_rels/document.xml.rels", of: bytes).contains("Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.png\""))
        let body = try Self.part("word/document.xml", of: bytes)
        // 24 mm tall in English Metric Units, and two and a half times as wide.
        #expect(body.contains("<wp:extent cx=\"2160000\" cy=\"864000\"/>"))
        #expect(body.contains("descr=\"Harbourview &amp; Co &quot;&lt;w:p&gt;&quot;\""))
        // Before the first heading.
        let picture = try #require(body.firstRange(of: "<w:drawing>"))
        let heading = try #require(body.firstRange(of: "Our Code of Conduct"))
        #expect(picture.lowerBound < heading.lowerBound)
    }

    /// On the one-page code of conduct the logo sits in the corner where lines end, the
    /// title beside it, as in print: on the right, and on the left in Arabic.
    @Test func besideTheTitleTheLogoIsAnchoredInTheFirstParagraphsCorner() throws {
        let png = BrandingSettingsTests.png
        for (code, direction, side) in [("en", Language.Direction.leftToRight, "right"), ("ar", .rightToLeft, "left")] {
            var document = Self.document
            document.language = WordLanguage(code: code, direction: direction)
            document.logo = WordLogo(image: Logo(format: .png, bytes: png), description: "Harbourview", heightMillimetres: 13, placement: .besideTitle)
            let body = try Self.part("word/document.xml", of: try document.bytes(for: Self.markdown))
            #expect(body.contains("<wp:positionH relativeFrom=\"margin\"><wp:align>\(side)</wp:align></wp:positionH>"), "\(code)")
            #expect(body.contains("<wp:wrapSquare wrapText=\"bothSides\"/>"))
            // In the title's own paragraph, after its properties: no empty line above it.
            let firstParagraph = try #require(body.firstRange(of: "<w:p>"))
            let anchor = try #require(body.firstRange(of: "<wp:anchor "))
            let title = try #require(body.firstRange(of: "Our Code of Conduct"))
            #expect(body[firstParagraph.upperBound..<anchor.lowerBound].hasPrefix("<w:pPr>"))
            #expect(!body[firstParagraph.upperBound..<anchor.lowerBound].contains("</w:p>"))
            #expect(anchor.lowerBound < title.lowerBound)
        }
    }

    @Test func withoutALogoThereIsNoPictureAndNoImagePart() throws {
        let bytes = try Self.document.bytes(for: Self.markdown)
        #expect(try !Self.entries(bytes).contains { $0.path.hasPrefix("word/media/") })
        #expect(try !Self.part("word/document.xml", of: bytes).contains("<w:drawing>"))
        #expect(try !Self.part("word/_rels/document.xml.rels", of: bytes).contains("rIdLogo"))
    }

    // MARK: Builds

    static func policy(_ settings: String) throws -> Policy {
        let result = SettingsLoader.load(Array(settings.utf8), path: "settings.yaml", today: CalendarDate(year: 2026, month: 3, day: 1)!)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.policy)
    }

    static let settings = """
        organisation:
          name: Harbourview Community Services
          jurisdiction: CA
        policy:
          version: "1.0"
          effective_date: 2026-01-15
        languages: [en, fr]
        """

    @Test func aBuildWritesAWordFileForEachDocumentOnlyWhenAskedFor() throws {
        #expect(OutputFormat.docx.fileExtension == "docx")
        #expect(!OutputFormat.standard.contains(.docx))
        let output = try DocumentBuilder().build(for: try Self.policy(Self.settings), options: BuildOptions(formats: [.docx], paper: .letter))
        // Every document in both languages; the letter kind is one file per written step.
        let stems = DocumentKind.standard.flatMap { $0 == .letter ? ["letter-step-2", "letter-step-3", "letter-step-4"] : [$0.rawValue] }
        #expect(output.files.map(\.name) == stems.map { "\($0).docx" } + stems.map { "\($0).fr.docx" })
        let french = try Self.part("word/document.xml", of: try #require(output.files.first { $0.name == "poster.fr.docx" }).bytes)
        #expect(french.contains("<w:lang w:val=\"fr\"/>"))
        let handbook = try #require(output.files.first { $0.name == "handbook.docx" })
        #expect(try Self.part("word/settings.xml", of: handbook.bytes).contains("<w:updateFields w:val=\"true\"/>"))
        #expect(try Self.part("word/document.xml", of: handbook.bytes).contains(" TOC \\o "))
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let policy = try Self.policy(Self.settings)
        let first = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.docx]))
        let second = try DocumentBuilder().build(for: policy, options: BuildOptions(formats: [.docx]))
        #expect(first.files == second.files)
    }

    @Test func hostileValuesComeOutAsLiteralText() throws {
        let hostile = #"Evil <w:p><w:r><w:t>x</w:t></w:r></w:p> ]]> { PAGE } [click](javascript:alert(1))"#
        let settings = Self.settings.replacingOccurrences(of: "name: Harbourview Community Services", with: "name: '\(hostile)'")
        let output = try DocumentBuilder().build(for: try Self.policy(settings), options: BuildOptions(documents: [.poster, .handbook], formats: [.docx]))
        for file in output.files {
            let document = try Self.part("word/document.xml", of: file.bytes)
            let footer = try Self.part("word/footer1.xml", of: file.bytes)
            let core = try Self.part("docProps/core.xml", of: file.bytes)
            #expect(document.contains("Evil &lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;x&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt; ]]&gt; { PAGE } "), "\(file.name)")
            #expect(!document.contains("<w:t>x</w:t>"))
            #expect(!document.contains("<w:hyperlink r:id"), "\(file.name): no link from a value")
            #expect(!document.contains("javascript:alert(1)</w:t></w:r></w:hyperlink>"))
            #expect(!document.contains("<w:fldSimple"))
            #expect(document.components(separatedBy: "<w:instrText").count - 1 == (file.name.hasPrefix("handbook") ? 1 : 0))
            #expect(footer.components(separatedBy: "w:instr=").count - 1 == 2)
            #expect(footer.contains("Evil &lt;w:p&gt;"))
            #expect(core.contains("<dc:creator>Evil &lt;w:p&gt;"))
            #expect(try Self.part("word/_rels/document.xml.rels", of: file.bytes).components(separatedBy: "hyperlink").count == 1)
        }
    }
}
