#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CalendarDate {
    /// Today's date in UTC. Only the command line asks for it; the library takes
    /// "today" as a parameter so results do not depend on when they are computed.
    public static func todayUTC() -> CalendarDate {
        let seconds = Int(time(nil))
        // Floor division: a clock before 1970 still lands on the right day.
        return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
