extension Language {
    /// Arabic, written right to left, in Modern Standard Arabic.
    ///
    /// Numbers use Western digits (0-9), as Arabic readers in Canada, Australia, the UK
    /// and the US see them on phones, keypads and signs: a phone number on the poster
    /// is then dialled exactly as printed, and a date or number never mixes two digit sets.
    public static let arabic = Language(
        code: "ar", englishName: "Arabic", direction: .rightToLeft,
        // The month names used across the Gulf, Egypt and in news and government writing.
        monthNames: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                     "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        dateFormat: { day, month, year in "\(day) \(month) \(year)" },
        listSeparator: "، ",
        // "و" (and) is written joined to the word after it.
        listAnd: { _ in " و" },
        counted: { count, unit in ArabicCounting.counted(count, unit) },
        every: { count, unit in ArabicCounting.every(count, unit) }
    )
}

/// Arabic counted nouns: the noun after a number depends on the number (singular for
/// 1, dual for 2, plural for 3 to 10, singular accusative for 11 to 99), so a count is
/// not a number and a plural as in English.
enum ArabicCounting {
    private struct Forms {
        /// One: "ساعة واحدة" is written as the noun and "one".
        var one: String
        /// The dual as it follows a preposition or "كل" (genitive), the usual place in documents.
        var two: String
        /// 3 to 10.
        var few: String
        /// 11 to 99: singular, accusative.
        var many: String
        /// 100, 200, ...: singular, genitive.
        var hundreds: String
    }

    private static func forms(_ unit: Language.Unit) -> Forms {
        switch unit {
        case .minute: Forms(one: "دقيقة", two: "دقيقتين", few: "دقائق", many: "دقيقة", hundreds: "دقيقة")
        case .hour: Forms(one: "ساعة", two: "ساعتين", few: "ساعات", many: "ساعة", hundreds: "ساعة")
        case .month: Forms(one: "شهر", two: "شهرين", few: "أشهر", many: "شهرًا", hundreds: "شهر")
        }
    }

    /// "ساعة واحدة", "ساعتين", "3 ساعات", "24 ساعة", "12 شهرًا".
    static func counted(_ count: Int, _ unit: Language.Unit) -> String {
        let forms = forms(unit)
        switch count {
        case 1: return forms.one + (unit == .month ? " واحد" : " واحدة")
        case 2: return forms.two
        default: return "\(count) \(noun(count, forms))"
        }
    }

    /// "كل ساعة", "كل ساعتين", "كل 30 دقيقة", "كل 12 شهرًا".
    static func every(_ count: Int, _ unit: Language.Unit) -> String {
        let forms = forms(unit)
        switch count {
        case 1: return "كل " + forms.one
        case 2: return "كل " + forms.two
        default: return "كل \(count) \(noun(count, forms))"
        }
    }

    private static func noun(_ count: Int, _ forms: Forms) -> String {
        let lastTwo = count % 100
        if (3...10).contains(lastTwo) { return forms.few }
        if (11...99).contains(lastTwo) { return forms.many }
        return forms.hundreds
    }
}
