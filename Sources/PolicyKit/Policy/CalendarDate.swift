/// A day in the proleptic Gregorian calendar, with no time and no time zone, so the
/// same settings print the same dates on every machine.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 for January to 12 for December.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// nil when the day does not exist (e.g. 2026-02-30) or the year is outside 1...9999.
    ///
    /// ```swift
    /// let effective = CalendarDate(year: 2026, month: 1, day: 15)   // 2026-01-15
    /// let impossible = CalendarDate(year: 2026, month: 2, day: 30)  // nil
    /// ```
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `YYYY-MM-DD` (ASCII digits, two-digit month and day), as settings
    /// files write dates; nil otherwise.
    ///
    /// ```swift
    /// CalendarDate(iso: "2026-01-15")?.longText  // "15 January 2026"
    /// CalendarDate(iso: "2026-1-15")             // nil
    /// ```
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` days after 1970-01-01 (negative for earlier dates).
    init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days: exact for the whole proleptic calendar.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01; the inverse of `init(daysSinceEpoch:)`.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// "2026-01-15".
    public var iso: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// "15 January 2026": English, day first, the same everywhere (no locale data).
    public var longText: String {
        Language.english.date(self)
    }

    /// The ISO form, as `iso` gives it.
    public var description: String { iso }

    /// The earlier date comes first.
    ///
    /// ```swift
    /// if let review = policy.metadata.nextReview, review < .todayUTC() { print("the policy is due for review") }
    /// ```
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February in the Gregorian calendar.
    ///
    /// ```swift
    /// CalendarDate.isLeapYear(2028)  // true
    /// CalendarDate.isLeapYear(2100)  // false
    /// ```
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// How many days `month` (1 to 12) has in `year`.
    ///
    /// ```swift
    /// CalendarDate.daysIn(month: 2, year: 2026)  // 28
    /// ```
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
