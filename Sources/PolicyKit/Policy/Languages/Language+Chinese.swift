extension Language {
    /// Simplified Chinese (`zh-Hans`), as written in mainland China and Singapore and read
    /// by most Mandarin speakers abroad.
    ///
    /// Numbers stay in Western digits beside the characters, with no space between:
    /// "2026年1月15日", "24小时".
    public static let simplifiedChinese = Language(
        code: "zh-Hans", englishName: "Simplified Chinese", direction: .leftToRight,
        monthNames: (1...12).map { "\($0)月" },
        dateFormat: { day, month, year in "\(year)年\(month)\(day)日" },
        listSeparator: "、",
        listAnd: { _ in "和" },
        counted: { count, unit in "\(count)\(ChineseCounting.unit(unit))" },
        every: { count, unit in
            // "每小时", "每月": one unit takes no number; a month otherwise needs its measure word 个.
            count == 1 ? "每" + (unit == .month ? "月" : ChineseCounting.unit(unit)) : "每\(count)\(ChineseCounting.unit(unit))"
        }
    )
}

enum ChineseCounting {
    /// The unit as it follows a number: "30分钟", "24小时", "12个月".
    static func unit(_ unit: Language.Unit) -> String {
        switch unit {
        case .minute: "分钟"
        case .hour: "小时"
        case .month: "个月"
        }
    }
}
