import Testing
@testable import PolicyKit

@Suite struct PDFDestinationsTests {
    /// A PDF as Chromium writes one: numbered objects, then a cross-reference table giving
    /// each one's byte offset, a trailer naming the catalogue, and `startxref`.
    static func pdf(_ objects: [(number: Int, body: String)], root: Int) -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int: Int] = [:]
        for object in objects {
            offsets[object.number] = text.utf8.count
            text += "\(object.number) 0 obj\n\(object.body)\nendobj\n"
        }
        let table = text.utf8.count
        let size = (objects.map(\.number).max() ?? 0) + 1
        text += "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            let offset = offsets[number].map { String($0) } ?? "0"
            text += String(repeating: "0", count: 10 - offset.count) + offset + (offsets[number] == nil ? " 00000 f \n" : " 00000 n \n")
        }
        text += "trailer\n<</Size \(size)\n/Root \(root) 0 R>>\nstartxref\n\(table)\n%%EOF\n"
        return Array(text.utf8)
    }

    /// A page tree with a nested node, and the named destinations of the contents' link
    /// targets; the page objects come in another order than the tree's.
    static let book = pdf([
        (1, "<</Type /Catalog /Pages 2 0 R /Dests 9 0 R /Lang (en)>>"),
        (2, "<</Type /Pages /Kids [3 0 R 12 0 R] /Count 3>>"),
        (5, "<</Type /Page /Parent 12 0 R>>"),
        (3, "<</Type /Page /Parent 2 0 R>>"),
        (4, "<</Type /Page /Parent 12 0 R>>"),
        (12, "<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>"),
        (9, "<</section-1 [4 0 R /XYZ 6 827.66998 0]\n/section-2 [5 0 R /XYZ 6 400 0]\n/elsewhere [99 0 R /XYZ 0 0 0]>>"),
    ], root: 1)

    @Test func eachNamedDestinationGivesItsPageInTheTreesOrder() {
        #expect(PDFDestinations.pages(of: Self.book) == ["section-1": 2, "section-2": 3])
    }

    @Test func aPDFWithoutDestinationsGivesNone() {
        #expect(PDFDestinations.pages(of: Self.pdf([(1, "<</Type /Catalog /Pages 2 0 R>>"), (2, "<</Type /Pages /Kids [] /Count 0>>")], root: 1)).isEmpty)
        #expect(PDFDestinations.pages(of: []).isEmpty)
    }

    /// A file whose cross-references are compressed into a stream has no table to read.
    @Test func aPDFWithoutACrossReferenceTableGivesNone() {
        let compressed = String(decoding: Self.book, as: UTF8.self).replacing("xref\n0 13", with: "9 0 obj <</Type /XRef>>")
        #expect(PDFDestinations.pages(of: Array(compressed.utf8)).isEmpty)
    }
}
