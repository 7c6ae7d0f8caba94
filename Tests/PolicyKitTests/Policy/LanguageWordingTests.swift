import Testing
@testable import PolicyKit

/// How each language words dates, counts and lists, with no locale data.
@Suite struct LanguageWordingTests {
    @Test func datesInEachLanguage() {
        let day = CalendarDate(year: 2026, month: 1, day: 15)!
        #expect(Language.english.date(day) == "15 January 2026")
        #expect(Language.french.date(day) == "15 janvier 2026")
        #expect(Language.spanish.date(day) == "15 de enero de 2026")
        #expect(Language.punjabi.date(day) == "15 ਜਨਵਰੀ 2026")
        #expect(Language.vietnamese.date(day) == "15 tháng 1 năm 2026")
    }

    /// Vietnamese numbers its months and puts "năm" (year) before the year.
    @Test func vietnameseDatesNumberTheMonth() {
        #expect(Language.vietnamese.date(CalendarDate(year: 2027, month: 12, day: 1)!) == "1 tháng 12 năm 2027")
        #expect(Language.vietnamese.date(CalendarDate(year: 2026, month: 9, day: 30)!) == "30 tháng 9 năm 2026")
    }

    @Test func punjabiAndVietnameseListsCountsAndIntervals() {
        #expect(Language.punjabi.listed(["ੳ", "ਅ", "ੲ"]) == "ੳ, ਅ ਅਤੇ ੲ")
        #expect(Language.vietnamese.listed(["A", "B", "C"]) == "A, B và C")
        #expect(Language.punjabi.counted(1, .hour) == "1 ਘੰਟਾ")
        #expect(Language.punjabi.counted(24, .hour) == "24 ਘੰਟੇ")
        #expect(Language.punjabi.every(minutes: 60) == "ਹਰ ਘੰਟੇ")
        #expect(Language.punjabi.every(12, .month) == "ਹਰ 12 ਮਹੀਨੇ")
        #expect(Language.vietnamese.counted(3, .month) == "3 tháng")
        #expect(Language.vietnamese.every(minutes: 60) == "mỗi giờ")
        #expect(Language.vietnamese.every(minutes: 90) == "mỗi 90 phút")
    }

    @Test func frenchWritesTheFirstOfTheMonthAsAnOrdinal() {
        #expect(Language.french.date(CalendarDate(year: 2027, month: 8, day: 1)!) == "1er août 2027")
        #expect(Language.spanish.date(CalendarDate(year: 2027, month: 8, day: 1)!) == "1 de agosto de 2027")
        #expect(Language.english.date(CalendarDate(year: 2027, month: 12, day: 1)!) == "1 December 2027")
    }

    @Test func everyMonthHasItsName() {
        for language in Language.all {
            let names = (1...12).map { language.date(CalendarDate(year: 2026, month: $0, day: 2)!) }
            #expect(Set(names).count == 12, "\(language.code)")
        }
        #expect(Language.french.date(CalendarDate(year: 2026, month: 12, day: 25)!) == "25 décembre 2026")
        #expect(Language.spanish.date(CalendarDate(year: 2026, month: 9, day: 30)!) == "30 de septiembre de 2026")
    }

    @Test func listsJoinTheLastItemWithTheLanguagesAnd() {
        #expect(Language.french.listed(["A", "B", "C"]) == "A, B et C")
        #expect(Language.spanish.listed(["Ana", "Luis"]) == "Ana y Luis")
        // Spanish "y" becomes "e" before the sound /i/, but not before "hie-".
        #expect(Language.spanish.listed(["Ana", "Isabel"]) == "Ana e Isabel")
        #expect(Language.spanish.listed(["agua", "hielo"]) == "agua y hielo")
        #expect(Language.spanish.listed(["padres", "hijos"]) == "padres e hijos")
    }

    @Test func intervalsAgreeWithTheirUnit() {
        #expect(Language.french.every(minutes: 60) == "toutes les heures")
        #expect(Language.french.every(minutes: 90) == "toutes les 90 minutes")
        #expect(Language.french.every(12, .month) == "tous les 12 mois")
        #expect(Language.french.every(1, .month) == "tous les mois")
        #expect(Language.spanish.every(minutes: 60) == "cada hora")
        #expect(Language.spanish.every(minutes: 120) == "cada 2 horas")
        #expect(Language.spanish.counted(1, .month) == "1 mes")
        #expect(Language.french.counted(24, .hour) == "24 heures")
    }

    @Test func arabicAloneIsWrittenRightToLeft() {
        #expect(Language.all.filter { $0.direction == .rightToLeft } == [.arabic])
        #expect(Language.all.map(\.code) == ["en", "fr", "es", "ar", "zh-Hans", "pa", "vi"])
        #expect(Language(code: "de") == nil)
    }

    @Test func countryNamesInEachLanguage() {
        #expect(Jurisdiction.unitedKingdom.name(in: .french) == "le Royaume-Uni")
        #expect(Jurisdiction.unitedStates.name(in: .spanish) == "Estados Unidos")
        #expect(Jurisdiction.canada.name(in: .english) == "Canada")
    }
}
