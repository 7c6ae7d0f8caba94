/// What Word needs to know about the language a document is written in: the tags for
/// `w:lang`, which way paragraphs run, and a font for each of Word's three scripts.
///
/// Word sets every run in one of three font slots (Latin, East Asian, complex scripts
/// such as Arabic), each with its own language tag; a run whose language or font is
/// missing is spell-checked and set as whatever the reader's Word defaults to.
struct WordLanguage: Equatable, Sendable {
    /// The language's tag, as settings name it: "en", "ar", "zh".
    var code: String
    var isRightToLeft: Bool

    init(code: String, direction: Language.Direction) {
        self.code = code
        isRightToLeft = direction == .rightToLeft
    }

    private var primarySubtag: Substring {
        code.split(separator: "-").first ?? Substring(code)
    }

    /// Chinese, Japanese and Korean are set in Word's East Asian slot.
    var isEastAsian: Bool {
        ["zh", "ja", "ko"].contains(primarySubtag)
    }

    /// The attributes of `<w:lang>`: the language in every slot it is written in.
    var langAttributes: String {
        var attributes = " w:val=\"\(WordXML.escaped(code))\""
        if isEastAsian { attributes += " w:eastAsia=\"\(WordXML.escaped(eastAsianTag))\"" }
        if isRightToLeft || Self.complexScriptLanguages.contains(String(primarySubtag)) {
            attributes += " w:bidi=\"\(WordXML.escaped(code))\""
        }
        return attributes
    }

    /// Word tells Simplified from Traditional Chinese by region.
    private var eastAsianTag: String {
        switch code {
        case "zh", "zh-Hans", "zh-CN": "zh-CN"
        case "zh-Hant", "zh-TW": "zh-TW"
        default: code
        }
    }

    /// Languages whose script Word sets in the complex-script slot though they run left to right.
    private static let complexScriptLanguages: Set<String> = ["pa", "hi", "bn", "ta", "th"]

    /// The font of each slot: fonts that Word on Windows and macOS has, and that
    /// LibreOffice replaces with a metric-compatible or covering font elsewhere.
    var fonts: (latin: String, eastAsian: String, complexScript: String) {
        let eastAsian = switch primarySubtag {
        case "ja": "Yu Gothic"
        case "ko": "Malgun Gothic"
        default: code == "zh-Hant" || code == "zh-TW" ? "Microsoft JhengHei" : "Microsoft YaHei"
        }
        let complexScript = switch primarySubtag {
        case "pa": "Raavi"
        case "hi": "Mangal"
        default: "Arial"
        }
        return ("Arial", eastAsian, complexScript)
    }

    /// Whether a run of this text is marked right to left (`w:rtl`) in this document: in
    /// a right-to-left document, a run whose first letter is from a right-to-left script.
    /// A run that starts with Latin letters (an English name or address) is not, or Word
    /// would set it with the complex-script font and size; nor is one of digits and
    /// punctuation alone, which a right-to-left run would show backwards ("9-1-1" as
    /// "1-1-9"), while the paragraph's direction places it well.
    func runIsRightToLeft(_ text: some StringProtocol) -> Bool {
        guard isRightToLeft else { return false }
        for scalar in text.unicodeScalars {
            if Self.isStrongRightToLeft(scalar) { return true }
            if scalar.properties.isAlphabetic { return false }
        }
        return false
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
    static func isStrongRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
