/// The settings file `policykit init` writes: every section present, each with a comment
/// saying what it controls, so a first-time user edits rather than writes from nothing.
///
/// Sections of built-in wording are shown as comments, not written as values: the
/// built-in wording exists in every language, while a value in the file is the
/// organisation's own text in one language. Adding a language to the starter file
/// therefore gives documents wholly in that language.
enum StarterSettings {
    /// The starter text; `today` becomes the effective date and the review is set a year
    /// later; `languages` (the main one first) are listed under `languages`.
    static func text(today: CalendarDate, jurisdiction: Jurisdiction = .canada, languages: [Language] = [.english]) -> String {
        let nextReview = CalendarDate(year: today.year + 1, month: today.month, day: min(today.day, CalendarDate.daysIn(month: today.month, year: today.year + 1)))
            ?? today
        let numbers = jurisdiction.defaultEmergencyNumbers
        var out: [String] = []
        // Lines written while `shown` is set are the built-in wording, commented out.
        var shown = false
        func line(_ text: String = "") { out.append(shown && !text.isEmpty ? "# " + text : text) }
        // End-of-line notes line up in one column so the values stand out.
        func line(_ text: String, note: String) {
            line(text + String(repeating: " ", count: max(2, 34 - text.count)) + "# " + note)
        }
        func builtIn(_ section: () -> Void) {
            line("# Built in, in every language you list: the lines below show the wording the")
            line("# documents use. To use your own words, remove the \"# \" at the start of the")
            line("# lines and edit them; give each text per language, as "
                + "{" + (languages.count > 1 ? languages : [.english, .french]).map { "\($0.code): ..." }.joined(separator: ", ") + "}.")
            shown = true
            section()
            shown = false
        }
        func list(_ items: [LocalizedText], indent: String) {
            for item in items { line("\(indent)- \(YAMLText.scalar(item))") }
        }

        // Editors with YAML support read this line and check keys while typing.
        line("# yaml-language-server: $schema=./\(SettingsSchema.fileName)")
        line("# PolicyKit settings: one file describes your organisation's client code of")
        line("# conduct and staff safety policy. Edit the values, then run:")
        line("#")
        line("#     policykit check settings.yaml")
        line("#")
        line("# Lines starting with # are comments. Indentation matters: use spaces, not tabs.")
        line("# Lines marked \"Built in\" show the built-in wording, which exists in every")
        line("# language PolicyKit has; a list you write replaces the built-in list.")
        line()
        line("# Who the documents are for. 'name' and 'jurisdiction' are required.")
        line("organisation:")
        line("  name: Example Community Services")
        line("  # CA, US, AU or UK: sets the default emergency and crisis numbers.")
        line("  jurisdiction: \(jurisdiction.rawValue)")
        line("  # address: 12 Front Street, Springfield")
        line("  # phone: 555-0100")
        line("  # website: https://example.org")
        line()
        line("# Which version of the policy this is. 'version' and 'effective_date' are required.")
        line("policy:")
        line("  version: \"1.0\"")
        line("  effective_date: \(today.iso)", note: "YYYY-MM-DD")
        line("  # When the policy is next reviewed; must be after the effective date.")
        line("  next_review: \(nextReview.iso)")
        line("  approved_by: Board of Directors")
        line("  # One entry per change, oldest first.")
        line("  change_log:")
        line("    - date: \(today.iso)")
        line("      version: \"1.0\"")
        line("      summary: First version of the policy.")
        line()
        line("# Numbers on the poster and the quick-reference card. Without a crisis_line_name,")
        line("# the built-in name of your jurisdiction's crisis line is used, in every language.")
        line("emergency:")
        line("  emergency_number: \(YAMLText.scalar(numbers.emergencyNumber))")
        line("  crisis_line: \(YAMLText.scalar(numbers.crisisLine))")
        line("  # crisis_line_name: \(YAMLText.scalar(numbers.crisisLineName))")
        line("  # Further numbers worth having on the wall, each with a name and a number:")
        line("  # other_numbers:")
        line("  #   - name: Poison information")
        line("  #     number: 555-0199")
        line()
        line("# The people staff call during and after an incident. Each has a title,")
        line("# and may have a name, a phone number or extension, and an email address.")
        line("# Without a title, the built-in one is used, in every language.")
        line("contacts:")
        line("  # manager_on_duty:")
        line("  #   title: \(YAMLText.scalar(StaffDefaults.managerOnDuty.title))")
        line("  #   phone: ext. 201")
        line("  # director:")
        line("  #   title: \(YAMLText.scalar(StaffDefaults.director.title))")
        line("  #   name: Alex Smith")
        line("  #   email: director@example.org")
        line("  # Building security; leave out if you have none, and the documents will not mention it.")
        line("  # security:")
        line("  #   title: Building security")
        line("  #   phone: ext. 555")
        line("  # Employee Assistance Program, if you have one:")
        line("  # eap:")
        line("  #   title: Employee Assistance Program")
        line("  #   phone: 1-800-555-0100")
        line("  # Any other role staff may need, each with its own title:")
        line("  # other:")
        line("  #   - title: Privacy officer")
        line("  #     email: privacy@example.org")
        line()
        line("# Safety measures where clients are seen: true or false.")
        line("# Anything set to false is left out of every document and the checklist.")
        let premises = StaffDefaults.premises
        line("premises:")
        line("  duress_alarms: \(premises.duressAlarms)", note: "panic buttons or a duress app")
        line("  security_guard: \(premises.securityGuard)")
        line("  reception_check_in: \(premises.receptionCheckIn)", note: "clients sign in at reception")
        line("  barriers: \(premises.barriers)", note: "screens or counters at reception")
        line("  cctv: \(premises.cctv)")
        line("  interview_room_layout: \(premises.interviewRoomLayout)", note: "the worker sits nearest the door")
        line("  quiet_room: \(premises.quietRoom)", note: "a room where an upset person can take a moment")
        line()
        line("# What we ask of clients, and behaviour that is not accepted, with examples")
        line("# clients will recognise. Use 'also_not_accepted' instead of 'not_accepted'")
        line("# to add behaviours to the built-in list rather than replace it.")
        builtIn {
            line("client_expectations:")
            line("  acceptable:")
            list(ClientDefaults.acceptable, indent: "    ")
            line("  not_accepted:")
            for behaviour in ClientDefaults.notAccepted {
                line("    - behaviour: \(YAMLText.scalar(behaviour.behaviour))")
                line("      examples:")
                list(behaviour.examples, indent: "        ")
            }
        }
        line()
        line("# What clients can expect from us.")
        builtIn {
            line("client_rights:")
            list(ClientDefaults.rights, indent: "  ")
        }
        line()
        line("# How a client makes a complaint.")
        builtIn {
            line("complaints:")
            line("  contact: \(YAMLText.scalar(ClientDefaults.complaints.contact))")
            line("  how: \(YAMLText.scalar(ClientDefaults.complaints.how))")
            line("  response_time: \(YAMLText.scalar(ClientDefaults.complaints.responseTime ?? ""))")
        }
        line()
        line("# What every worker may do to stay safe.")
        builtIn {
            line("staff_rights:")
            list(StaffDefaults.rights, indent: "  ")
        }
        line()
        line("# What happens after an incident.")
        line("reporting:")
        line("  incident_report_hours: \(StaffDefaults.incidentReportHours)", note: "the written report is due within this many hours")
        line("  police_on_threat: true", note: "call the police at once on any threat of violence")
        builtIn {
            line("  debrief: \(YAMLText.scalar(StaffDefaults.debrief))")
            line("  notify:")
            list([StaffDefaults.managerOnDuty.title, StaffDefaults.director.title], indent: "    ")
        }
        line()
        line("# What happens when a client does not respect the code: the steps, in order.")
        line("consequences:")
        line("  # Violence, weapons and serious threats may go straight to a later step.")
        line("  serious_incidents_skip_steps: true")
        builtIn {
            line("  ladder:")
            for level in ConsequenceDefaults.ladder {
                line("    - level: \(level.level)")
                line("      trigger: \(YAMLText.scalar(level.trigger))")
                line("      response: \(YAMLText.scalar(level.response))")
                line("      decided_by: \(YAMLText.scalar(level.decidedBy))")
                if let duration = level.duration { line("      duration: \(YAMLText.scalar(duration))") }
                if let review = level.review { line("      review: \(YAMLText.scalar(review))") }
            }
            line("  # How a client asks for a decision to be looked at again.")
            line("  review: \(YAMLText.scalar(ConsequenceDefaults.review))")
        }
        line()
        line("# Home and field visits. Set home_visits to false if staff never visit clients.")
        let visits = StaffDefaults.visits
        line("visits:")
        line("  home_visits: \(visits.homeVisits)")
        line("  itinerary_required: \(visits.itineraryRequired)", note: "where, with whom, back by when")
        line("  check_in_interval_minutes: \(visits.checkInIntervalMinutes)")
        line("  check_out_required: \(visits.checkOutRequired)", note: "sign off with the office when done")
        builtIn {
            line("  doubling_up: \(YAMLText.scalar(visits.doublingUp))")
        }
        line()
        line("# Support offered to workers after an incident: true or false.")
        line("support:")
        line("  eap: false", note: "set to true and add contacts.eap if you have one")
        line("  debrief: true")
        line("  mental_health_consultants: false")
        line("  team_debriefs: true", note: "incidents talked through at staff meetings")
        line()
        line("# What workers are trained in, and how often the training is refreshed.")
        line("training:")
        line("  refresher_months: \(StaffDefaults.refresherMonths)")
        builtIn {
            line("  topics:")
            list(StaffDefaults.trainingTopics, indent: "    ")
        }
        line()
        line("# The languages of the documents, the main one first, by code: "
            + Language.all.map { "\($0.code) (\($0.englishName))" }.joined(separator: ", ") + ".")
        line("# Files in the languages after the first carry their code (poster.fr.html).")
        line("# Client documents are made in every language; staff documents in those that")
        line("# have them (policykit check lists the others). Text you write yourself is")
        line("# given per language, e.g.  how: {en: Ask at reception., fr: Demandez à l'accueil.}")
        line("languages:")
        for language in languages { line("  - \(language.code)") }
        line()
        line("# How the documents print and are checked. Add 'paper: a4' or 'paper: letter' to")
        line("# choose the paper; without it, the paper usual in your jurisdiction is used.")
        line("documents:")
        line("  max_reading_grade: \(DocumentSettings.defaultMaxReadingGrade)", note: "policykit check warns if the poster reads above this grade")
        return out.joined(separator: "\n") + "\n"
    }
}
