/// The `premises:` section: safety measures in place where clients are seen.
/// A measure that is `false` is not mentioned in any document.
public struct Premises: Hashable, Sendable {
    /// Panic buttons (fixed or worn) or an app that does the same.
    public var duressAlarms: Bool
    public var securityGuard: Bool
    /// Clients sign in at reception before they are seen.
    public var receptionCheckIn: Bool
    /// Screens or counters between reception staff and visitors.
    public var barriers: Bool
    public var cctv: Bool
    /// Interview rooms are arranged so the worker sits nearest the door.
    public var interviewRoomLayout: Bool
    /// A quiet room where an upset person can take a moment.
    public var quietRoom: Bool

    public init(
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
