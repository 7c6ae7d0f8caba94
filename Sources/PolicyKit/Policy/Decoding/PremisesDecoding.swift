extension SettingsDecoder {
    static let premisesKeys = [
        "duress_alarms", "security_guard", "reception_check_in", "barriers", "cctv",
        "interview_room_layout", "quiet_room",
    ]

    static func decodePremises(_ reader: MappingReader?, contacts: Contacts) -> Premises {
        var premises = StaffDefaults.premises
        guard let reader else { return premises }
        if let value = reader.bool("duress_alarms") { premises.duressAlarms = value }
        if let value = reader.bool("security_guard") {
            premises.securityGuard = value
            // The hostile-client procedure tells staff to alert the guard; without a
            // contact it cannot say how.
            if value, contacts.security == nil, let entry = reader.entry("security_guard") {
                reader.context.warning("'security_guard' is true but 'contacts' has no 'security' entry; add one so staff know how to reach the guard", at: entry.value.location)
            }
        }
        if let value = reader.bool("reception_check_in") { premises.receptionCheckIn = value }
        if let value = reader.bool("barriers") { premises.barriers = value }
        if let value = reader.bool("cctv") { premises.cctv = value }
        if let value = reader.bool("interview_room_layout") { premises.interviewRoomLayout = value }
        if let value = reader.bool("quiet_room") { premises.quietRoom = value }
        return premises
    }
}
