/// The `documents:` section: how the documents are printed and checked.
public struct DocumentSettings: Hashable, Sendable {
    /// nil: the paper usual in the organisation's jurisdiction. `build --paper` overrides it.
    public internal(set) var paper: PaperSize?
    /// The highest Flesch-Kincaid grade `check` accepts for documents clients read.
    public internal(set) var maxReadingGrade: Int

    /// The reading grade accepted when the settings give none: plain language clients can read.
    public static let defaultMaxReadingGrade = 7

    init(paper: PaperSize? = nil, maxReadingGrade: Int = DocumentSettings.defaultMaxReadingGrade) {
        self.paper = paper
        self.maxReadingGrade = maxReadingGrade
    }
}
