import Testing
@testable import PolicyKit

/// Arabic and Simplified Chinese: dates, counts and lists from PolicyKit's own tables, and
/// the codes settings accept for them.
@Suite struct ArabicAndChineseWordingTests {
    @Test func datesComeFromOurOwnTables() {
        let day = CalendarDate(year: 2026, month: 1, day: 15)!
        #expect(Language.simplifiedChinese.date(day) == "2026年1月15日")
        #expect(Language.arabic.date(day) == "15 يناير 2026")
        #expect(Language.simplifiedChinese.date(CalendarDate(year: 2027, month: 12, day: 1)!) == "2027年12月1日")
        #expect(Language.arabic.date(CalendarDate(year: 2027, month: 8, day: 31)!) == "31 أغسطس 2027")
    }

    @Test func arabicUsesWesternDigits() {
        let date = Language.arabic.date(CalendarDate(year: 2026, month: 11, day: 5)!)
        #expect(date.contains("2026") && date.contains("5"))
        #expect(!date.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) })
    }

    @Test func arabicCountsAgreeWithTheNumber() {
        #expect(Language.arabic.counted(1, .hour) == "ساعة واحدة")
        #expect(Language.arabic.counted(2, .hour) == "ساعتين")
        #expect(Language.arabic.counted(3, .hour) == "3 ساعات")
        #expect(Language.arabic.counted(24, .hour) == "24 ساعة")
        #expect(Language.arabic.counted(12, .month) == "12 شهرًا")
        #expect(Language.arabic.counted(100, .minute) == "100 دقيقة")
        #expect(Language.arabic.every(minutes: 60) == "كل ساعة")
        #expect(Language.arabic.every(minutes: 120) == "كل ساعتين")
        #expect(Language.arabic.every(minutes: 30) == "كل 30 دقيقة")
        #expect(Language.arabic.every(6, .month) == "كل 6 أشهر")
    }

    @Test func chineseCountsNeedNoSpaceOrPlural() {
        #expect(Language.simplifiedChinese.counted(24, .hour) == "24小时")
        #expect(Language.simplifiedChinese.counted(12, .month) == "12个月")
        #expect(Language.simplifiedChinese.interval(minutes: 90) == "90分钟")
        #expect(Language.simplifiedChinese.every(minutes: 60) == "每小时")
        #expect(Language.simplifiedChinese.every(minutes: 30) == "每30分钟")
        #expect(Language.simplifiedChinese.every(1, .month) == "每月")
        #expect(Language.simplifiedChinese.every(12, .month) == "每12个月")
    }

    @Test func listsUseEachLanguagesCommaAndAnd() {
        #expect(Language.simplifiedChinese.listed(["经理", "主任", "保安"]) == "经理、主任和保安")
        // Arabic "و" (and) is written joined to the next word.
        #expect(Language.arabic.listed(["المدير", "الأمن"]) == "المدير والأمن")
        #expect(Language.arabic.listed(["أ", "ب", "ج"]) == "أ، ب وج")
        #expect(Language.english.listed(["A", "B", "C"]) == "A, B and C")
    }

    @Test func settingsListArabicAndChinese() throws {
        let policy = try #require(load(minimal(plus: "languages: [en, ar, zh-Hans]\n")).policy)
        #expect(policy.languages == [.english, .arabic, .simplifiedChinese])
        #expect(Language.arabic.direction == .rightToLeft)
        #expect(Language.simplifiedChinese.direction == .leftToRight)
    }

    @Test func otherWaysOfWritingChineseNameTheCode() {
        for code in ["zh", "zh-CN", "zh-hans"] {
            let result = load(minimal(plus: "languages: [en, \(code)]\n"))
            #expect(result.policy == nil)
            #expect(located(result) == ["7:17: error: write the language as its code 'zh-Hans', not '\(code)'"])
        }
    }

    @Test func countryNames() {
        #expect(Jurisdiction.canada.name(in: .arabic) == "كندا")
        #expect(Jurisdiction.australia.name(in: .simplifiedChinese) == "澳大利亚")
    }
}
