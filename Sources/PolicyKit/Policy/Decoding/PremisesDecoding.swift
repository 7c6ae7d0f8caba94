extension SettingsDecoder {
    static let premises: SettingsSection = {
        let built = StaffDefaults.premises
        func flag(_ name: String, _ value: Bool, _ description: String) -> SettingsKey {
            SettingsKey(name, .bool, default: .bool(value), example: .bool(value), description)
        }
        return SettingsSection("premises", "What the building has; documents only mention what is there.", [
            flag("duress_alarms", built.duressAlarms, "Staff have duress (panic) alarms."),
            flag("security_guard", built.securityGuard, "A security guard is on site; add 'security' under 'contacts'."),
            flag("reception_check_in", built.receptionCheckIn, "Clients check in at reception."),
            flag("barriers", built.barriers, "Reception has a counter or screen between staff and clients."),
            flag("cctv", built.cctv, "Cameras record the public areas."),
            flag("interview_room_layout", built.interviewRoomLayout, "Interview rooms are arranged so staff sit nearest the door."),
            flag("quiet_room", built.quietRoom, "There is a quiet room where an upset client can calm down."),
        ])
    }()
    static let premisesKeys = premises.names

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
