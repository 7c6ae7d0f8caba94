/// The named destinations of a PDF, as Chromium writes them: a `/Dests` dictionary in the
/// catalogue, each name pointing at a page object; and the pages' order from the page tree.
/// Objects are found through the cross-reference table at the end of the file, so only
/// the few small dictionaries needed are read, never the pages' content.
enum PDFDestinations {
    /// The page (from 1) each named destination is on; empty when the PDF has none this
    /// reader can see, such as one whose objects or cross-references are compressed.
    static func pages(of pdf: [UInt8]) -> [String: Int] {
        guard let objects = Objects(pdf),
              let catalog = objects.text(of: objects.root),
              let destsNumber = reference(after: "/Dests", in: catalog[...]),
              let pagesNumber = reference(after: "/Pages", in: catalog[...]),
              let dests = objects.text(of: destsNumber) else { return [:] }
        var order: [Int: Int] = [:]
        var visited = Set<Int>()
        collectPages(pagesNumber, in: objects, into: &order, visited: &visited)
        var result: [String: Int] = [:]
        // Entries read `/name [12 0 R /XYZ x y 0]`.
        var rest = dests[...]
        while let slash = rest.firstIndex(of: "/") {
            let nameStart = rest.index(after: slash)
            let nameEnd = rest[nameStart...].firstIndex { " \n\r\t[/<>()".contains($0) } ?? rest.endIndex
            let name = String(rest[nameStart..<nameEnd])
            rest = rest[nameEnd...]
            let trimmed = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            guard trimmed.first == "[" else { continue }
            let inside = trimmed.dropFirst().drop { $0 == " " }
            let digits = inside.prefix { $0.isNumber }
            if let number = Int(digits), let page = order[number] { result[name] = page }
            rest = inside[digits.endIndex...]
        }
        return result
    }

    /// Walks the page tree in order, numbering each page object from 1.
    private static func collectPages(_ number: Int, in objects: Objects, into order: inout [Int: Int], visited: inout Set<Int>) {
        guard visited.insert(number).inserted, let node = objects.text(of: number) else { return }
        if let kidsStart = node.firstRange(of: "/Kids")?.upperBound,
           let open = node[kidsStart...].firstIndex(of: "["),
           let close = node[open...].firstIndex(of: "]") {
            let parts = node[node.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" })
            // `12 0 R 15 0 R ...`: an object number, its generation, R.
            var index = 0
            while index + 2 < parts.count {
                if parts[index + 2] == "R", let kid = Int(parts[index]) {
                    collectPages(kid, in: objects, into: &order, visited: &visited)
                }
                index += 3
            }
        } else {
            order[number] = order.count + 1
        }
    }

    /// A PDF's objects by number, through its cross-reference table.
    private struct Objects {
        let pdf: [UInt8]
        /// Each object's byte offset.
        let offsets: [Int: Int]
        /// The catalogue's object number, from the trailer.
        let root: Int

        /// Reads `startxref`, the table it points at (`xref`, then sections of
        /// `first count` and a line `offset generation n|f` for each object) and the
        /// trailer after it; nil for a file without such a table.
        init?(_ pdf: [UInt8]) {
            let tail = String(decoding: pdf.suffix(64), as: Unicode.ASCII.self)
            guard let marker = tail.ranges(of: "startxref").last,
                  let start = Int(tail[marker.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
                  start >= 0, start < pdf.count,
                  let trailer = PDFFacts.find(Array("trailer".utf8), in: pdf, from: start) else { return nil }
            let table = String(decoding: pdf[start..<trailer], as: Unicode.ASCII.self)
            guard table.hasPrefix("xref") else { return nil }
            var offsets: [Int: Int] = [:]
            var number = 0
            for line in table.split(whereSeparator: \.isNewline).dropFirst() {
                let fields = line.split(separator: " ")
                if fields.count == 2, let first = Int(fields[0]) {
                    number = first
                } else if fields.count == 3, let offset = Int(fields[0]) {
                    if fields[2] == "n" { offsets[number] = offset }
                    number += 1
                }
            }
            let trailerText = String(decoding: pdf[trailer...].prefix(1024), as: Unicode.ASCII.self)
            guard let root = PDFDestinations.reference(after: "/Root", in: trailerText[...]) else { return nil }
            self.pdf = pdf
            self.offsets = offsets
            self.root = root
        }

        /// The text of object `number`, between `N 0 obj` and `endobj`.
        func text(of number: Int) -> String? {
            guard let offset = offsets[number], offset < pdf.count,
                  let end = PDFFacts.find(Array("endobj".utf8), in: pdf, from: offset) else { return nil }
            let text = String(decoding: pdf[offset..<end], as: Unicode.ASCII.self)
            guard let header = text.firstRange(of: "\(number) 0 obj") else { return nil }
            return String(text[header.upperBound...])
        }
    }

    /// The object number in `key N 0 R`.
    fileprivate static func reference(after key: String, in dictionary: Substring) -> Int? {
        guard let found = dictionary.firstRange(of: key + " ") else { return nil }
        return Int(dictionary[found.upperBound...].prefix { $0.isNumber })
    }
}
