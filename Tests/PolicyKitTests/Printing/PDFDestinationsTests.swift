import Testing
@testable import PolicyKit

@Suite struct PDFDestinationsTests {
    /// A PDF skeleton as Chromium writes one: a page tree with a nested node, and the
    /// named destinations of the contents' link targets.
    static let pdf = Array("""
        %PDF-1.4
        1 0 obj
        <</Type /Catalog /Pages 2 0 R /Dests 9 0 R /Lang (en)>>
        endobj
        2 0 obj
        <</Type /Pages /Kids [3 0 R 12 0 R] /Count 3>>
        endobj
        3 0 obj
        <</Type /Page /Parent 2 0 R>>
        endobj
        12 0 obj
        <</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>
        endobj
        4 0 obj
        <</Type /Page /Parent 12 0 R>>
        endobj
        5 0 obj
        <</Type /Page /Parent 12 0 R>>
        endobj
        9 0 obj
        <</section-1 [4 0 R /XYZ 6 827.66998 0]
        /section-2 [5 0 R /XYZ 6 400 0]
        /elsewhere [99 0 R /XYZ 0 0 0]>>
        endobj
        %%EOF

        """.utf8)

    @Test func eachNamedDestinationGivesItsPageInTheTreesOrder() {
        #expect(PDFDestinations.pages(of: Self.pdf) == ["section-1": 2, "section-2": 3])
    }

    @Test func aPDFWithoutDestinationsGivesNone() {
        #expect(PDFDestinations.pages(of: Array("%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n".utf8)).isEmpty)
        #expect(PDFDestinations.pages(of: []).isEmpty)
    }
}
