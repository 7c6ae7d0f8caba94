/// Reads the values of the two compared policies as text, in the language the summary
/// is told in and in each other language either policy's documents are made in.
struct ChangeText {
    enum Side { case old, new }

    /// The text of one policy's values.
    struct Reader {
        let primary: String

        func text(_ value: LocalizedText, in code: String) -> String {
            value.text(in: code, primary: primary)
        }

        /// "Manager on duty (Dana Lee, ext. 201, dana@example.org)": the role, then who and
        /// how to reach them.
        func contact(_ contact: Contact, in code: String) -> String {
            let details = [contact.name, contact.phone.map { text($0, in: code) }, contact.email].compactMap { $0 }
            let title = text(contact.title, in: code)
            return details.isEmpty ? title : "\(title) (\(details.joined(separator: ", ")))"
        }

        func namedNumber(_ number: NamedNumber, in code: String) -> String {
            "\(text(number.name, in: code)): \(number.number)"
        }
    }

    let old: Reader
    let new: Reader
    /// The language the summary is told in.
    let primary: String
    /// The languages, other than `primary`, that either policy's documents are made in.
    let otherLanguages: [String]

    init(old: Policy, new: Policy, language: String) {
        self.old = Reader(primary: old.primaryLanguage.code)
        self.new = Reader(primary: new.primaryLanguage.code)
        primary = language
        var others: [String] = []
        for language in new.languages + old.languages where language.code != primary && !others.contains(language.code) {
            others.append(language.code)
        }
        otherLanguages = others
    }

    func side(_ side: Side) -> Reader {
        side == .old ? old : new
    }

    func contact(_ contact: Contact, in side: Side) -> String {
        self.side(side).contact(contact, in: primary)
    }

}
