/// A Word document (`.docx`, WordprocessingML) made from a Markdown document: the body
/// the walker writes, with styles, numbering, the page and its footer, and the
/// document's properties, zipped as Word expects.
///
/// Nothing in it depends on the clock or the machine: the properties' dates are the
/// policy's effective date and the archive's are fixed, so the same inputs give the
/// same bytes.
struct WordDocument: Sendable {
    /// What Word shows under File > Info.
    struct Properties: Equatable, Sendable {
        var title: String
        /// Shown as the company.
        var organisation: String
        var version: String
        var effectiveDate: CalendarDate
    }

    var properties: Properties
    var language: WordLanguage
    var paper: PaperSize
    var style: DocumentStyle
    /// The footer's text, before the page number and the count of pages.
    var footerText: String
    /// Whether the document gets a contents field (the handbook).
    var contents: Bool
    /// The organisation's logo, where `WordLogo.placement` puts it.
    var logo: WordLogo?

    /// The `.docx` file's bytes.
    func bytes(for document: MarkdownDocument) throws(WordArchive.Failure) -> [UInt8] {
        let package = package(for: document)
        return try WordArchive.zip(package.parts, media: package.media)
    }

    /// The package's XML parts, in the order they are stored, and its images.
    func package(for document: MarkdownDocument) -> (parts: [(path: String, xml: String)], media: [(path: String, bytes: [UInt8])]) {
        var walker = WordWalker(language: language, style: style, page: WordPage(paper: paper, style: style), contents: contents, capacity: 64 * 1024)
        walker.render(document)
        let body = walker.writer
        let bodyXML = logo?.placed(in: body.xml, rightToLeft: language.isRightToLeft) ?? body.xml
        // The image is stored and named only where the body shows it.
        let image = bodyXML.contains(WordLogo.relationship) ? logo : nil
        var documentXML = Self.declaration
        documentXML += "<w:document xmlns:w=\"\(Self.wordNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\""
        documentXML += image == nil ? "><w:body>" : " xmlns:wp=\"\(WordLogo.drawingNamespace)\"><w:body>"
        documentXML += bodyXML
        documentXML += "</w:body></w:document>"
        let parts = [
            ("[Content_Types].xml", Self.contentTypes(image: image)),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", appProperties),
            ("docProps/custom.xml", customProperties),
            ("word/document.xml", documentXML),
            ("word/_rels/document.xml.rels", Self.documentRelationships(links: body.linkTargets, image: image)),
            ("word/styles.xml", WordStyles.xml(for: style, language: language)),
            ("word/numbering.xml", walker.numbering.xml),
            ("word/settings.xml", settings),
            ("word/footer1.xml", footerXML),
        ]
        return (parts, image.map { [("word/media/\($0.fileName)", $0.image.bytes)] } ?? [])
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(image: WordLogo?) -> String {
        declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        \(image?.contentType ?? "")\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        <Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
        </Types>
        """
    }

    private static let packageRelationships = declaration + """
        <Relationships xmlns="\(packageRelationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(officeRelationship)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationship)/extended-properties" Target="docProps/app.xml"/>\
        <Relationship Id="rId4" Type="\(officeRelationship)/custom-properties" Target="docProps/custom.xml"/>\
        </Relationships>
        """

    private static func documentRelationships(links: [String], image: WordLogo?) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        xml += "<Relationship Id=\"rIdStyles\" Type=\"\(officeRelationship)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rIdNumbering\" Type=\"\(officeRelationship)/numbering\" Target=\"numbering.xml\"/>"
        xml += "<Relationship Id=\"rIdSettings\" Type=\"\(officeRelationship)/settings\" Target=\"settings.xml\"/>"
        xml += "<Relationship Id=\"\(WordWalker.footerRelationship)\" Type=\"\(officeRelationship)/footer\" Target=\"footer1.xml\"/>"
        if let image {
            xml += "<Relationship Id=\"\(WordLogo.relationship)\" Type=\"\(officeRelationship)/image\" Target=\"media/\(image.fileName)\"/>"
        }
        for (index, target) in links.enumerated() {
            xml += "<Relationship Id=\"\(WordBodyWriter.linkRelationship(index + 1))\" Type=\"\(officeRelationship)/hyperlink\" Target=\""
            WordXML.appendEscaped(target, to: &xml)
            xml += "\" TargetMode=\"External\"/>"
        }
        return xml + "</Relationships>"
    }

    /// W3C date-time of the effective date, at midnight UTC.
    private var effectiveDateTime: String {
        let date = properties.effectiveDate
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(date.year)-\(two(date.month))-\(two(date.day))T00:00:00Z"
    }

    private var coreProperties: String {
        var xml = Self.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>" + WordXML.escaped(properties.title) + "</dc:title>"
        xml += "<dc:creator>" + WordXML.escaped(properties.organisation) + "</dc:creator>"
        xml += "<dc:language>" + WordXML.escaped(language.code) + "</dc:language>"
        xml += "<cp:version>" + WordXML.escaped(properties.version) + "</cp:version>"
        // The dates are the policy's, not the build's, so a rebuild changes nothing.
        xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(effectiveDateTime)</dcterms:created>"
        xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(effectiveDateTime)</dcterms:modified>"
        return xml + "</cp:coreProperties>"
    }

    private var appProperties: String {
        Self.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>PolicyKit</Application><Company>" + WordXML.escaped(properties.organisation) + "</Company></Properties>"
    }

    /// The version and the effective date as custom properties too, where Word's
    /// DOCPROPERTY field and document management systems look for them.
    private var customProperties: String {
        let format = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
        return Self.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"\(format)\" pid=\"2\" name=\"Version\"><vt:lpwstr>" + WordXML.escaped(properties.version) + "</vt:lpwstr></property>"
            + "<property fmtid=\"\(format)\" pid=\"3\" name=\"Effective date\"><vt:filetime>\(effectiveDateTime)</vt:filetime></property>"
            + "</Properties>"
    }

    private var settings: String {
        var xml = Self.declaration + "<w:settings xmlns:w=\"\(Self.wordNamespace)\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        // Word fills in the contents' page numbers when it opens the document.
        if contents { xml += "<w:updateFields w:val=\"true\"/>" }
        xml += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        return xml + "</w:settings>"
    }

    /// "Staff Safety Handbook — Harbourview · v2.1 · 3 / 12".
    private var footerXML: String {
        var writer = WordBodyWriter(language: language)
        writer.beginParagraph(WordParagraphProperties(style: WordStyles.footer))
        writer.appendRun(footerText + " \u{00B7} ", .plain)
        writer.appendField(" PAGE ", placeholder: "1")
        writer.appendRun(" / ", .plain)
        writer.appendField(" NUMPAGES ", placeholder: "1")
        writer.endParagraph()
        return Self.declaration + "<w:ftr xmlns:w=\"\(Self.wordNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">" + writer.xml + "</w:ftr>"
    }
}
