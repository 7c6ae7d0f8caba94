import Testing
@testable import PolicyKit

@Suite struct PDFFactsTests {
    /// A hand-written PDF skeleton: enough structure for what PDFFacts reads.
    static func pdf(pages: Int, date: String = "D:20261122140352+00'00'") -> [UInt8] {
        var text = "%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Count \(pages)>>\nendobj\n"
        for page in 0..<pages {
            text += "\(3 + page) 0 obj\n<</Type/Page /Parent 2 0 R>>\nendobj\n"
        }
        text += "9 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (\(date))\n/ModDate (\(date))>>\nendobj\n%%EOF\n"
        return Array(text.utf8)
    }

    @Test func countsPageObjectsButNotThePageTree() {
        #expect(PDFFacts.pageCount(of: Self.pdf(pages: 1)) == 1)
        #expect(PDFFacts.pageCount(of: Self.pdf(pages: 3)) == 3)
        #expect(PDFFacts.pageCount(of: Array("%PDF-1.7\nno objects to read".utf8)) == nil)
    }

    @Test func setsTheStampedDatesWithoutMovingAByte() {
        let original = Self.pdf(pages: 2)
        let fixed = PDFFacts.withDates(of: original, setTo: CalendarDate(year: 2026, month: 3, day: 2)!)
        #expect(fixed.count == original.count)
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20260302000000+00'00')"))
        #expect(text.contains("/ModDate (D:20260302000000+00'00')"))
        #expect(!text.contains("2026112214"))
        // Two prints at different moments become the same file.
        let later = PDFFacts.withDates(of: Self.pdf(pages: 2, date: "D:20270101235959Z"), setTo: CalendarDate(year: 2026, month: 3, day: 2)!)
        #expect(String(decoding: later, as: UTF8.self).contains("/CreationDate (D:20260302000000Z)"))
    }

    @Test func leavesADateItCannotReadAlone() {
        let odd = Self.pdf(pages: 1, date: "yesterday")
        #expect(PDFFacts.withDates(of: odd, setTo: CalendarDate(year: 2026, month: 1, day: 1)!) == odd)
    }

    /// The structure of a table as Chromium tags it: header cells with ids, data cells
    /// naming their headers by those ids.
    static func table(ids: [String]) -> [UInt8] {
        var text = "%PDF-1.4\n"
        for (number, id) in ids.enumerated() {
            text += "\(10 + number) 0 obj\n<</Type /StructElem\n/S /TH\n/ID (\(id))>>\nendobj\n"
        }
        text += "20 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table /Headers [(\(ids[0]))]>>]>>\nendobj\n%%EOF\n"
        return Array(text.utf8)
    }

    @Test func numbersTheTaggedElementsInOrderSoEarlierPagesLeaveNoTrace() {
        // The same page printed first in its page process, and after other pages.
        let alone = PDFFacts.withElementIDsInOrder(of: Self.table(ids: ["node00000012", "node00000015"]))
        let after = PDFFacts.withElementIDsInOrder(of: Self.table(ids: ["node00003184", "node00003187"]))
        #expect(alone == after)
        let text = String(decoding: alone, as: UTF8.self)
        #expect(text.contains("/ID (node00000001)"))
        #expect(text.contains("/ID (node00000002)"))
        // A cell still names its header.
        #expect(text.contains("/Headers [(node00000001)]"))
        #expect(alone.count == Self.table(ids: ["node00000012", "node00000015"]).count)
    }
}
