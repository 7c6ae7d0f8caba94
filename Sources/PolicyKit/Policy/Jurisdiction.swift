/// Where the organisation works. It chooses the default emergency and crisis numbers,
/// and the usual paper.
///
/// ```swift
/// try StarterSettingsWriter.write(toPath: "settings.yaml", today: .todayUTC(), jurisdiction: .australia)
/// let paper = Jurisdiction.australia.usualPaper  // .a4
/// ```
public enum Jurisdiction: String, CaseIterable, Hashable, Sendable {
    case canada = "CA"
    case unitedStates = "US"
    case australia = "AU"
    case unitedKingdom = "UK"

    /// The country's name as documents print it.
    public var name: String {
        switch self {
        case .canada: "Canada"
        case .unitedStates: "the United States"
        case .australia: "Australia"
        case .unitedKingdom: "the United Kingdom"
        }
    }

    /// The country's name as documents in `language` print it, with the article the
    /// language puts before it ("le Royaume-Uni").
    ///
    /// ```swift
    /// Jurisdiction.unitedKingdom.name(in: .french)  // "le Royaume-Uni"
    /// Jurisdiction.canada.name(in: .spanish)        // "Canadá"
    /// ```
    public func name(in language: Language) -> String {
        switch (self, language.code) {
        case (.canada, "es"): "Canadá"
        case (.unitedStates, "fr"): "les États-Unis"
        case (.unitedStates, "es"): "Estados Unidos"
        case (.australia, "fr"): "l'Australie"
        case (.unitedKingdom, "fr"): "le Royaume-Uni"
        case (.unitedKingdom, "es"): "el Reino Unido"
        case (.canada, "fr"): "le Canada"
        case (.canada, "ar"): "كندا"
        case (.unitedStates, "ar"): "الولايات المتحدة"
        case (.australia, "ar"): "أستراليا"
        case (.unitedKingdom, "ar"): "المملكة المتحدة"
        case (.canada, "zh-Hans"): "加拿大"
        case (.unitedStates, "zh-Hans"): "美国"
        case (.australia, "zh-Hans"): "澳大利亚"
        case (.unitedKingdom, "zh-Hans"): "英国"
        default: name
        }
    }

    /// The paper sold in the country: US Letter in North America, A4 in Australia and the UK.
    public var usualPaper: PaperSize {
        switch self {
        case .canada, .unitedStates: .letter
        case .australia, .unitedKingdom: .a4
        }
    }
}
