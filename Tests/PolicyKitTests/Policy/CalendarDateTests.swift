import Testing
@testable import PolicyKit

@Suite struct CalendarDateTests {
    @Test func readsOnlyRealDaysInTheIsoForm() {
        #expect(CalendarDate(iso: "2026-01-15") == CalendarDate(year: 2026, month: 1, day: 15))
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "2026-04-31") == nil)
        #expect(CalendarDate(iso: "2026-1-15") == nil)
        #expect(CalendarDate(iso: "2026-01-15T10:00") == nil)
        #expect(CalendarDate(iso: "２０２６-01-15") == nil)
        #expect(CalendarDate(iso: "0000-01-01") == nil)
    }

    @Test func printsTheLongFormWithoutLocaleData() {
        #expect(CalendarDate(year: 2026, month: 1, day: 15)!.longText == "15 January 2026")
        #expect(CalendarDate(year: 2027, month: 12, day: 1)!.longText == "1 December 2027")
        #expect(CalendarDate(year: 987, month: 3, day: 9)!.iso == "0987-03-09")
    }

    @Test func countsDaysFromTheUnixEpochBothWays() {
        #expect(CalendarDate(daysSinceEpoch: 0) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate(daysSinceEpoch: 20_468) == CalendarDate(year: 2026, month: 1, day: 15))
        #expect(CalendarDate(daysSinceEpoch: -1) == CalendarDate(year: 1969, month: 12, day: 31))
        for days in stride(from: -1_000_000, through: 1_000_000, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func ordersByCalendarDay() {
        #expect(CalendarDate(year: 2026, month: 1, day: 31)! < CalendarDate(year: 2026, month: 2, day: 1)!)
        #expect(CalendarDate(year: 2025, month: 12, day: 31)! < CalendarDate(year: 2026, month: 1, day: 1)!)
    }
}
