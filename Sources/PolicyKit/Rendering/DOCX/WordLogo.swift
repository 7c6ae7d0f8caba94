/// The organisation's logo at the top of a Word document: the image stored in the
/// package under `word/media/`, and a picture of it, whose text alternative is the
/// organisation's name. As on the printed page, it stands above the title, or, on the
/// one-page code of conduct, in the top corner with the title beside it.
struct WordLogo: Sendable {
    var image: Logo
    /// The text alternative: what the image says, the organisation's name.
    var description: String
    var heightMillimetres: Double
    var placement = Placement.aboveTitle

    enum Placement: Sendable {
        /// In a paragraph of its own, before the first.
        case aboveTitle
        /// In the corner where lines end, the first paragraphs' text wrapping beside it.
        case besideTitle
    }

    static let relationship = "rIdLogo"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    private static let graphicNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let pictureNamespace = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    var fileName: String { image.format == .png ? "logo.png" : "logo.jpeg" }

    /// The `[Content_Types].xml` entry for the image's file type.
    var contentType: String {
        "<Default Extension=\"\(image.format == .png ? "png" : "jpeg")\" ContentType=\"\(image.format.mediaType)\"/>"
    }

    /// `bodyXML` with the picture in its place: a paragraph of its own before the body,
    /// or anchored in the body's first paragraph. Unchanged when the image's header does
    /// not give its size.
    func placed(in bodyXML: String, rightToLeft: Bool) -> String {
        guard let size = image.pixelSize else { return bodyXML }
        // Word measures drawings in English Metric Units: 36,000 to the millimetre.
        let height = Int((heightMillimetres * 36_000).rounded())
        let width = Int((Double(height) * Double(size.width) / Double(size.height)).rounded())
        switch placement {
        case .aboveTitle:
            var xml = "<w:p>" + (rightToLeft ? "<w:pPr><w:bidi/></w:pPr>" : "")
            xml += "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">" + graphic(width: width, height: height) + "</wp:inline></w:drawing></w:r></w:p>"
            return xml + bodyXML
        case .besideTitle:
            // In the first paragraph, after its properties, which must come first in it.
            guard let start = bodyXML.firstRange(of: "<w:p>") ?? bodyXML.firstRange(of: "<w:p "),
                  let tagEnd = bodyXML[start.lowerBound...].firstIndex(of: ">") else { return bodyXML }
            var at = bodyXML.index(after: tagEnd)
            if bodyXML[at...].hasPrefix("<w:pPr>"), let end = bodyXML[at...].firstRange(of: "</w:pPr>") { at = end.upperBound }
            var run = "<w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\">"
            run += "<wp:simplePos x=\"0\" y=\"0\"/>"
            run += "<wp:positionH relativeFrom=\"margin\"><wp:align>\(rightToLeft ? "left" : "right")</wp:align></wp:positionH>"
            run += "<wp:positionV relativeFrom=\"margin\"><wp:align>top</wp:align></wp:positionV>"
            run += graphic(width: width, height: height, wrap: "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapSquare wrapText=\"bothSides\"/>")
            run += "</wp:anchor></w:drawing></w:r>"
            var placed = bodyXML
            placed.insert(contentsOf: run, at: at)
            return placed
        }
    }

    /// The picture's size, name and image, as an inline or anchored drawing holds them;
    /// an anchored one says between its size and its name how text wraps around it.
    private func graphic(width: Int, height: Int, wrap: String = "") -> String {
        let text = WordXML.escaped(description)
        var xml = "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/>" + wrap + "<wp:docPr id=\"1\" name=\"Logo\" descr=\"\(text)\"/>"
        xml += "<a:graphic xmlns:a=\"\(Self.graphicNamespace)\"><a:graphicData uri=\"\(Self.pictureNamespace)\">"
        xml += "<pic:pic xmlns:pic=\"\(Self.pictureNamespace)\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"\(fileName)\" descr=\"\(text)\"/><pic:cNvPicPr/></pic:nvPicPr>"
        xml += "<pic:blipFill><a:blip r:embed=\"\(Self.relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        xml += "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
        return xml + "</pic:pic></a:graphicData></a:graphic>"
    }
}
