/// The `documents:` section: how the documents are printed and checked.
public struct DocumentSettings: Hashable, Sendable {
    /// nil: the paper usual in the organisation's jurisdiction. `build --paper` overrides it.
    public internal(set) var paper: PaperSize?
    /// The highest Flesch-Kincaid grade `check` accepts for documents clients read.
    public internal(set) var maxReadingGrade: Int
    /// nil: the poster prints on the paper itself (A4 or Letter).
    public internal(set) var posterSize: PosterSize?
    /// The address the poster's QR code opens, per language if need be; nil: the
    /// organisation's website, and no QR code without one.
    public internal(set) var qrURL: LocalizedText?

    /// The longest QR address accepted: a longer one makes modules too small to scan at
    /// the size the poster prints the code.
    static let maximumQRURLLength = 120

    /// The reading grade accepted when the settings give none: plain language clients can read.
    public static let defaultMaxReadingGrade = 7

    init(paper: PaperSize? = nil, maxReadingGrade: Int = DocumentSettings.defaultMaxReadingGrade) {
        self.paper = paper
        self.maxReadingGrade = maxReadingGrade
    }
}

extension Policy {
    /// The address the poster's QR code opens in `language`: `documents.qr_url`, else the
    /// organisation's website; nil when there is neither.
    func qrURL(in language: Language) -> String? {
        documents.qrURL?.text(in: language.code, primary: primaryLanguage.code) ?? organisation.website
    }

    /// The QR code's address as the poster prints it under the code, for a reader who
    /// types it in (`WebAddress.typed`): a poster's narrow caption then holds the usual
    /// address on one line.
    func qrAddress(in language: Language) -> String? {
        qrURL(in: language).map(WebAddress.typed)
    }
}
