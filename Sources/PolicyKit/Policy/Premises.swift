/// The `premises:` section: safety measures in place where clients are seen.
/// A measure that is `false` is not mentioned in any document.
public struct Premises: Hashable, Sendable {
    /// Panic buttons (fixed or worn) or an app that does the same.
    public internal(set) var duressAlarms: Bool
    public internal(set) var securityGuard: Bool
    /// Clients sign in at reception before they are seen.
    public internal(set) var receptionCheckIn: Bool
    /// Screens or counters between reception staff and visitors.
    public internal(set) var barriers: Bool
    public internal(set) var cctv: Bool
    /// Interview rooms are arranged so the worker sits nearest the door.
    public internal(set) var interviewRoomLayout: Bool
    /// A quiet room where an upset person can take a moment.
    public internal(set) var quietRoom: Bool

    init(
        duressAlarms: Bool,
        securityGuard: Bool,
        receptionCheckIn: Bool,
        barriers: Bool,
        cctv: Bool,
        interviewRoomLayout: Bool,
        quietRoom: Bool
    ) {
        self.duressAlarms = duressAlarms
        self.securityGuard = securityGuard
        self.receptionCheckIn = receptionCheckIn
        self.barriers = barriers
        self.cctv = cctv
        self.interviewRoomLayout = interviewRoomLayout
        self.quietRoom = quietRoom
    }
}
