extension DocumentBuilder {
    /// One document as a Word file: its properties and footer from the policy, its page
    /// from the build's paper, and the handbook with a contents field.
    func wordBytes(of kind: DocumentKind, in language: Language, markdown: String, policy: Policy, paper: PaperSize) throws(DiagnosticList) -> [UInt8] {
        let organisation = MarkdownEscaper.normalisedText(
            policy.organisation.name.text(in: language.code, primary: policy.primaryLanguage.code))
        let version = policy.metadata.version
        let branding = policy.branding(in: language)
        // As on the printed page: the poster's large logo, the code of conduct's small one
        // in the corner beside its title, and the other documents' above their title.
        let (height, placement): (Double, WordLogo.Placement) = switch kind {
        case .poster: (PosterMeasures.logoHeight, .aboveTitle)
        case .codeOfConduct: (DocumentStylesheet.codeOfConductLogoHeight, .besideTitle)
        default: (DocumentStylesheet.logoHeight, .aboveTitle)
        }
        let logo = branding.logo.map { WordLogo(image: $0, description: branding.logoText, heightMillimetres: height, placement: placement) }
        let document = WordDocument(
            properties: WordDocument.Properties(
                title: filler.title(for: kind, policy: policy, language: language),
                organisation: organisation,
                version: version,
                effectiveDate: policy.metadata.effectiveDate),
            language: WordLanguage(code: language.code, direction: language.direction),
            paper: paper,
            style: kind.style,
            footerText: "\(kind.displayName(in: language)) \u{00B7} \(organisation) \u{00B7} v\(version)",
            contents: kind == .handbook,
            logo: logo)
        do {
            return try document.bytes(for: MarkdownDocument(parsing: markdown))
        } catch {
            throw DiagnosticList([.error("the \(kind.displayName.lowercased()) could not be written as a Word document: \(error.message)")])
        }
    }
}
