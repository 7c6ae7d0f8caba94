import PolicyKit

/// One built document as the page lists it: a tab for each document and language.
struct PreviewDocument: Sendable, Equatable {
    /// The file name a build writes it as, and the last part of its address (`poster.fr.html`).
    var fileName: String
    /// Its name without `.html`, which the page's address selects it by (`poster.fr`).
    var id: String
    /// Such as "Client Code of Conduct".
    var title: String
    /// Such as "French".
    var language: String
    var bytes: [UInt8]

    /// Names a built HTML file: the document from its first part, the language from its
    /// second (none: the policy's primary language).
    init(file: OutputFile, primaryLanguage: Language) {
        fileName = file.name
        id = String(file.name.dropLast(".html".count))
        let parts = id.split(separator: ".")
        let kind = parts.first.flatMap { DocumentKind(rawValue: String($0)) }
        title = kind?.displayName ?? String(parts.first ?? "")
        let language = parts.count > 1 ? Language(code: String(parts[1])) : primaryLanguage
        self.language = language?.englishName ?? String(parts.dropFirst().joined(separator: "."))
        bytes = file.bytes
    }
}
