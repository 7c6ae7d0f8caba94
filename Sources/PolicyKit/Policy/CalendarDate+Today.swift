#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CalendarDate {
    /// Today's date in UTC. The library takes "today" as a parameter, so that results do
    /// not depend on when they are computed; pass this one for a real run, and a fixed
    /// date in tests.
    ///
    /// ```swift
    /// let result = SettingsLoader.loadFile(atPath: "hr/settings.yaml", today: .todayUTC())
    /// ```
    public static func todayUTC() -> CalendarDate {
        let seconds = Int(time(nil))
        // Floor division: a clock before 1970 still lands on the right day.
        return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
