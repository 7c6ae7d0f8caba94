/// The named destinations of a PDF, as Chromium writes them: a `/Dests` dictionary in the
/// catalogue, each name pointing at a page object; and the pages' order from the page tree.
enum PDFDestinations {
    /// The page (from 1) each named destination is on; empty when the PDF has none this
    /// reader can see, such as one whose objects are compressed.
    static func pages(of pdf: [UInt8]) -> [String: Int] {
        let text = String(decoding: pdf, as: Unicode.ASCII.self)
        guard let catalog = object(containing: "/Type /Catalog", in: text),
              let destsNumber = reference(after: "/Dests", in: catalog),
              let pagesNumber = reference(after: "/Pages", in: catalog),
              let dests = object(number: destsNumber, in: text) else { return [:] }
        var order: [Int: Int] = [:]
        var visited = Set<Int>()
        collectPages(pagesNumber, in: text, into: &order, visited: &visited)
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
    private static func collectPages(_ number: Int, in text: String, into order: inout [Int: Int], visited: inout Set<Int>) {
        guard visited.insert(number).inserted, let node = object(number: number, in: text) else { return }
        if let kidsStart = node.firstRange(of: "/Kids")?.upperBound,
           let open = node[kidsStart...].firstIndex(of: "["),
           let close = node[open...].firstIndex(of: "]") {
            let parts = node[node.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" })
            // `12 0 R 15 0 R ...`: an object number, its generation, R.
            var index = 0
            while index + 2 < parts.count {
                if parts[index + 2] == "R", let kid = Int(parts[index]) {
                    collectPages(kid, in: text, into: &order, visited: &visited)
                }
                index += 3
            }
        } else {
            order[number] = order.count + 1
        }
    }

    /// The text of object `number`, between `N 0 obj` and `endobj`.
    private static func object(number: Int, in text: String) -> Substring? {
        var searchFrom = text.startIndex
        let marker = "\(number) 0 obj"
        while let found = text[searchFrom...].firstRange(of: marker) {
            let before = found.lowerBound == text.startIndex ? "\n" : text[text.index(before: found.lowerBound)]
            if !before.isNumber, let end = text[found.upperBound...].firstRange(of: "endobj") {
                return text[found.upperBound..<end.lowerBound]
            }
            searchFrom = found.upperBound
        }
        return nil
    }

    /// The object holding `marker`.
    private static func object(containing marker: String, in text: String) -> Substring? {
        guard let found = text.firstRange(of: marker),
              let start = text[..<found.lowerBound].ranges(of: " 0 obj").last,
              let end = text[found.upperBound...].firstRange(of: "endobj") else { return nil }
        return text[start.upperBound..<end.lowerBound]
    }

    /// The object number in `key N 0 R`.
    private static func reference(after key: String, in dictionary: Substring) -> Int? {
        guard let found = dictionary.firstRange(of: key + " ") else { return nil }
        return Int(dictionary[found.upperBound...].prefix { $0.isNumber })
    }
}
