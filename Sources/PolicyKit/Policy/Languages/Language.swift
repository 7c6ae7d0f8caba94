/// A language PolicyKit writes documents in, with what it needs to word values the
/// templates do not spell out: dates, counts, lists and the direction of the script.
///
/// No locale data is used, so the same settings print the same words on every machine.
public struct Language: Hashable, Sendable {
    /// Which way the script runs, as HTML's `dir` attribute names it.
    ///
    /// ```swift
    /// let dir = policy.primaryLanguage.direction.rawValue  // "ltr"
    /// ```
    public enum Direction: String, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    /// The ISO 639-1 code, as settings and file names use it: "en", "fr", "es".
    public let code: String
    /// The language's English name, for messages: "French".
    public let englishName: String
    public let direction: Direction
    /// Which wording of the language the built-in text uses: "en-US" for American
    /// English, else the code. Settings give text by `code` alone, so a US organisation
    /// writes `en:` like any other.
    let wordingCode: String
    let monthNames: [String]
    /// Writes a date such as "15 January 2026" from day, month name and year.
    let dateFormat: @Sendable (_ day: Int, _ month: String, _ year: Int) -> String
    /// What separates the items of a list but the last two: ", ", "، ", "、".
    let listSeparator: String
    /// What joins the last two items of a list, spaces included: " and ", " و", "和".
    let listAnd: @Sendable (_ nextItem: String) -> String
    /// "1 hour", "24 heures", "24小时": a count with its unit.
    let countedText: @Sendable (_ count: Int, _ unit: Unit) -> String
    /// "every hour" / "every 30 minutes" from the counted unit.
    let everyText: @Sendable (_ count: Int, _ unit: Unit) -> String

    enum Unit: Hashable, Sendable {
        case minute, hour, month
    }

    /// English, the language of the built-in text and of every message.
    public static let english = Language(
        code: "en", englishName: "English", direction: .leftToRight,
        monthNames: ["January", "February", "March", "April", "May", "June",
                     "July", "August", "September", "October", "November", "December"],
        dateFormat: { day, month, year in "\(day) \(month) \(year)" },
        listAnd: { _ in " and " },
        units: [.minute: ("minute", "minutes"), .hour: ("hour", "hours"), .month: ("month", "months")],
        every: { count, _, names in count == 1 ? "every \(names.one)" : "every \(count) \(names.many)" }
    )

    /// American English: the built-in wording in American spelling and terms (behavior,
    /// business days) and dates as "January 15, 2026". A policy whose jurisdiction is the
    /// United States has it in place of English; its code stays "en".
    public static let americanEnglish = Language(
        code: "en", englishName: "English", direction: .leftToRight, wordingCode: "en-US",
        monthNames: english.monthNames,
        dateFormat: { day, month, year in "\(month) \(day), \(year)" },
        listSeparator: english.listSeparator, listAnd: english.listAnd,
        counted: english.countedText, every: english.everyText
    )

    /// Whether this is American English, whose built-in wording is spelt the American way.
    var isAmerican: Bool { wordingCode == "en-US" }

    /// French.
    public static let french = Language(
        code: "fr", englishName: "French", direction: .leftToRight,
        monthNames: ["janvier", "février", "mars", "avril", "mai", "juin",
                     "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        // French writes the first day of a month as an ordinal: "1er janvier 2026".
        dateFormat: { day, month, year in "\(day == 1 ? "1er" : String(day)) \(month) \(year)" },
        listAnd: { _ in " et " },
        units: [.minute: ("minute", "minutes"), .hour: ("heure", "heures"), .month: ("mois", "mois")],
        every: { count, unit, names in
            // "Toutes les heures" but "tous les mois": the article agrees with the unit.
            let all = unit == .month ? "tous les" : "toutes les"
            return count == 1 ? "\(all) \(names.many)" : "\(all) \(count) \(names.many)"
        }
    )

    /// Spanish.
    public static let spanish = Language(
        code: "es", englishName: "Spanish", direction: .leftToRight,
        monthNames: ["enero", "febrero", "marzo", "abril", "mayo", "junio",
                     "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        dateFormat: { day, month, year in "\(day) de \(month) de \(year)" },
        // "y" becomes "e" before a word that starts with the sound /i/ ("Ana e Isabel"),
        // but not before "hie-" or "hia-" ("agua y hielo").
        listAnd: { next in
            let lower = next.lowercased()
            let startsWithI = lower.hasPrefix("i") || lower.hasPrefix("í")
                || ((lower.hasPrefix("hi") || lower.hasPrefix("hí")) && !lower.hasPrefix("hie") && !lower.hasPrefix("hia"))
            return startsWithI ? " e " : " y "
        },
        units: [.minute: ("minuto", "minutos"), .hour: ("hora", "horas"), .month: ("mes", "meses")],
        every: { count, _, names in count == 1 ? "cada \(names.one)" : "cada \(count) \(names.many)" }
    )

    /// Punjabi in Gurmukhi, as Punjabi speakers in Canada and the UK mostly read it.
    /// Digits are Western (15, 9-1-1): phone numbers must match what is dialled, and
    /// Punjabi print in Canada and the UK uses them.
    public static let punjabi = Language(
        code: "pa", englishName: "Punjabi", direction: .leftToRight,
        monthNames: ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ",
                     "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"],
        dateFormat: { day, month, year in "\(day) \(month) \(year)" },
        listAnd: { _ in " ਅਤੇ " },
        units: [.minute: ("ਮਿੰਟ", "ਮਿੰਟ"), .hour: ("ਘੰਟਾ", "ਘੰਟੇ"), .month: ("ਮਹੀਨਾ", "ਮਹੀਨੇ")],
        // "ਹਰ" takes the oblique form, which is the plural's: "ਹਰ ਘੰਟੇ", "ਹਰ 2 ਘੰਟੇ".
        every: { count, _, names in count == 1 ? "ਹਰ \(names.many)" : "ਹਰ \(count) \(names.many)" }
    )

    /// Vietnamese. Months are numbered ("tháng 1"), and a date reads
    /// "15 tháng 1 năm 2026". Nouns do not change for the plural.
    public static let vietnamese = Language(
        code: "vi", englishName: "Vietnamese", direction: .leftToRight,
        monthNames: (1...12).map { "tháng \($0)" },
        dateFormat: { day, month, year in "\(day) \(month) năm \(year)" },
        listAnd: { _ in " và " },
        units: [.minute: ("phút", "phút"), .hour: ("giờ", "giờ"), .month: ("tháng", "tháng")],
        every: { count, _, names in count == 1 ? "mỗi \(names.one)" : "mỗi \(count) \(names.many)" }
    )

    /// Every language PolicyKit has wording for, in the order messages list them.
    public static let all: [Language] = [.english, .french, .spanish, .arabic, .simplifiedChinese, .punjabi, .vietnamese]

    /// The language of an ISO 639-1 code, as settings' `languages` list them; nil when
    /// PolicyKit has no wording for `code`.
    ///
    /// ```swift
    /// Language(code: "fr")?.englishName  // "French"
    /// Language(code: "de")               // nil
    /// ```
    public init?(code: String) {
        guard let language = Language.all.first(where: { $0.code == code }) else { return nil }
        self = language
    }

    /// A language whose counts are a number, a space and the singular or plural unit.
    private init(code: String, englishName: String, direction: Direction, monthNames: [String],
                 dateFormat: @escaping @Sendable (Int, String, Int) -> String,
                 listAnd: @escaping @Sendable (String) -> String,
                 units: [Unit: (String, String)],
                 every: @escaping @Sendable (Int, Unit, (one: String, many: String)) -> String) {
        self.init(code: code, englishName: englishName, direction: direction, monthNames: monthNames,
                  dateFormat: dateFormat, listSeparator: ", ", listAnd: listAnd,
                  counted: { count, unit in
                      let (one, many) = units[unit]!
                      return "\(count) \(count == 1 ? one : many)"
                  },
                  every: { count, unit in
                      let (one, many) = units[unit]!
                      return every(count, unit, (one, many))
                  })
    }

    init(code: String, englishName: String, direction: Direction, wordingCode: String? = nil, monthNames: [String],
         dateFormat: @escaping @Sendable (Int, String, Int) -> String,
         listSeparator: String,
         listAnd: @escaping @Sendable (String) -> String,
         counted: @escaping @Sendable (Int, Unit) -> String,
         every: @escaping @Sendable (Int, Unit) -> String) {
        self.code = code
        self.englishName = englishName
        self.direction = direction
        self.wordingCode = wordingCode ?? code
        self.monthNames = monthNames
        self.dateFormat = dateFormat
        self.listSeparator = listSeparator
        self.listAnd = listAnd
        self.countedText = counted
        self.everyText = every
    }

    /// Languages are the same when their codes are.
    ///
    /// ```swift
    /// let writtenInEnglishFirst = policy.primaryLanguage == .english
    /// ```
    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.code == rhs.code }

    /// Hashes the code alone, as `==` compares it, so languages can key a dictionary or set.
    ///
    /// ```swift
    /// let filesByLanguage: [Language: [OutputFile]] = [.english: [], .french: []]
    /// ```
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// A date as documents in this language print it: "15 January 2026",
    /// "15 janvier 2026", "15 de enero de 2026".
    ///
    /// ```swift
    /// Language.french.date(CalendarDate(year: 2026, month: 1, day: 1)!)  // "1er janvier 2026"
    /// Language.spanish.date(policy.metadata.effectiveDate)
    /// ```
    public func date(_ date: CalendarDate) -> String {
        dateFormat(date.day, monthNames[date.month - 1], date.year)
    }

    /// "1 hour", "24 heures", "3 meses".
    func counted(_ count: Int, _ unit: Unit) -> String {
        countedText(count, unit)
    }

    /// "30 minutes", "1 hour", "90 minutes", "2 hours", in this language.
    func interval(minutes: Int) -> String {
        minutes % 60 == 0 ? counted(minutes / 60, .hour) : counted(minutes, .minute)
    }

    /// "every hour", "toutes les 30 minutes", "cada 2 horas".
    func every(minutes: Int) -> String {
        minutes % 60 == 0 ? every(minutes / 60, .hour) : every(minutes, .minute)
    }

    func every(_ count: Int, _ unit: Unit) -> String {
        everyText(count, unit)
    }

    /// "A", "A and B", "A, B and C" in this language ("أ، ب وج", "甲、乙和丙").
    func listed(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: listSeparator) + listAnd(items.last!) + items.last!
        }
    }
}
