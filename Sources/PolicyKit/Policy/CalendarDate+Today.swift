import Foundation

extension CalendarDate {
    /// Today's date in UTC. Only the command line asks for it; the library takes
    /// "today" as a parameter so results do not depend on when they are computed.
    public static func todayUTC() -> CalendarDate {
        let seconds = Date().timeIntervalSince1970
        return CalendarDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }
}
