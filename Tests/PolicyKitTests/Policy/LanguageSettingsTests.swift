import Testing
@testable import PolicyKit

/// `languages:` and text given per language, as a settings author writes them.
@Suite struct LanguageSettingsTests {
    @Test func theFirstLanguageIsThePrimaryOne() throws {
        let policy = try #require(load(minimal(plus: "languages: [fr, en, es]\n")).policy)
        #expect(policy.languages == [.french, .english, .spanish])
        #expect(policy.primaryLanguage == .french)
    }

    @Test func aSingleCodeIsAOneLanguageList() throws {
        let policy = try #require(load(minimal(plus: "languages: es\n")).policy)
        #expect(policy.languages == [.spanish])
    }

    @Test func anUnsupportedLanguageNamesTheOnesThereAre() {
        let result = load(minimal(plus: "languages: [en, de]\n"))
        #expect(result.policy == nil)
        #expect(located(result) == ["7:17: error: unsupported language 'de'; PolicyKit has documents in: en (English), fr (French), es (Spanish), ar (Arabic), zh-Hans (Simplified Chinese), pa (Punjabi), vi (Vietnamese)"])
    }

    @Test func aMistakeInTheLanguageListIsReportedOnce() {
        let result = load(minimal(plus: """
            languages: [en, Spanish]
            complaints:
              how: {en: Ask at reception., es: Pregunte en recepción.}

            """))
        #expect(located(result) == ["7:17: error: write the language as its code 'es', not 'Spanish'"])
    }

    @Test func aLanguageNameOrCapitalisedCodeAsksForTheCode() {
        #expect(located(load(minimal(plus: "languages: [en, French]\n"))) == ["7:17: error: write the language as its code 'fr', not 'French'"])
        #expect(located(load(minimal(plus: "languages: [EN]\n"))) == ["7:13: error: write the language as its code 'en', not 'EN'"])
    }

    @Test func aLanguageListedTwiceIsAnError() {
        #expect(located(load(minimal(plus: "languages: [en, fr, en]\n"))) == ["7:21: error: 'en' is listed twice in 'languages'"])
    }

    @Test func theOldOrganisationLanguageIsAnErrorThatNamesLanguages() {
        let text = minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  language: fr\n")
        #expect(located(load(text)) == ["4:3: error: the document languages are set in the top-level list 'languages', not in 'organisation'; remove 'language' here and write 'languages: [fr]'"])
    }

    @Test func theOldLanguageBesideTheNewListIsStillAnError() {
        let text = minimalSettings.replacingOccurrences(of: "  jurisdiction: CA\n", with: "  jurisdiction: CA\n  language: en\n") + "languages: [en, fr]\n"
        #expect(located(load(text)) == ["4:3: error: the document languages are set in the top-level list 'languages', not in 'organisation'; remove 'language' here and write 'languages: [en]'"])
    }

    @Test func textPerLanguageIsReadForEachLanguage() throws {
        let policy = try #require(load(minimal(plus: """
            languages: [en, fr]
            complaints:
              contact: {en: Client Services Manager, fr: Responsable des services aux usagers}

            """)).policy)
        #expect(policy.complaints.contact.text(in: "fr", primary: "en") == "Responsable des services aux usagers")
        #expect(policy.complaints.contact.text(in: "en", primary: "en") == "Client Services Manager")
    }

    @Test func aMissingTranslationWarnsAtTheValueAndFallsBackToThePrimaryLanguage() throws {
        let result = load(minimal(plus: """
            languages: [en, fr, es]
            complaints:
              contact: {en: Client Services Manager, fr: Responsable des services aux usagers}

            """))
        #expect(located(result) == ["9:12: warning: 'contact' has no Spanish text; English is used there. Add 'es'"])
        let contact = try #require(result.policy).complaints.contact
        #expect(contact.text(in: "es", primary: "en") == "Client Services Manager")
    }

    @Test func textWrittenOnceWarnsWhenThereAreSeveralLanguages() {
        let result = load(minimal(plus: """
            languages: [en, fr]
            complaints:
              how: Ask at reception.

            """))
        #expect(located(result) == ["9:8: warning: 'how' is written in one language only; French documents use it as written. Give each text per language, e.g. {en: ..., fr: ...}, or leave 'how' out to use the built-in wording, where there is one, in every language"])
    }

    /// A list written in one language gets one warning, not one per item: the fix is the same.
    @Test func aListWrittenInOneLanguageWarnsOnce() {
        let result = load(minimal(plus: """
            languages: [en, es]
            training:
              topics:
                - {en: Calming words, es: Palabras para calmar}
                - Safe visits
                - Reporting

            """))
        #expect(located(result) == ["11:7: warning: 'topics' has 2 of 3 items written in one language only; Spanish documents use it as written. Give each text per language, e.g. {en: ..., es: ...}, or leave 'topics' out to use the built-in wording, where there is one, in every language"])
    }

    @Test func namesAndPhoneNumbersWrittenOnceNeedNoTranslation() {
        let result = load(minimal(plus: """
            languages: [en, fr]
            contacts:
              director:
                title: {en: Director, fr: Direction}
                name: Dana Levesque
                phone: ext. 200

            """))
        #expect(located(result).isEmpty)
    }

    @Test func aLanguageTheFileDoesNotListCannotBeGivenText() {
        let result = load(minimal(plus: """
            languages: [en, fr]
            complaints:
              how: {en: Ask at reception., es: Pregunte en recepción.}

            """))
        #expect(located(result) == ["9:32: error: 'es' is not one of this policy's languages (en, fr); add it to 'languages' to print documents in it"])
    }

    @Test func thePrimaryLanguageCannotBeLeftOut() {
        let result = load(minimal(plus: """
            languages: [en, fr]
            complaints:
              how: {fr: Demandez à l'accueil.}

            """))
        #expect(located(result) == ["9:8: error: 'how' needs English ('en') text: English is the primary language, the one other languages fall back to"])
    }

    @Test func aBehaviourMayBeTextPerLanguage() throws {
        let policy = try #require(load(minimal(plus: """
            languages: [en, es]
            client_expectations:
              also_not_accepted:
                - {en: Smoking indoors, es: Fumar dentro del edificio}

            """)).policy)
        #expect(policy.clientExpectations.notAccepted.last?.behaviour.text(in: "es", primary: "en") == "Fumar dentro del edificio")
    }

    @Test func aChangeLogSummaryMayBeGivenPerLanguageOrOnceWithoutAWarning() throws {
        let text = minimalSettings.replacingOccurrences(of: "  effective_date: 2026-01-15\n", with: """
              effective_date: 2026-01-15
              change_log:
                - {date: 2025-01-15, version: "0.9", summary: First draft.}
                - date: 2026-01-15
                  version: "1.0"
                  summary: {en: Added home visits., fr: Ajout des visites à domicile.}

            """) + "languages: [en, fr]\n"
        let result = load(text)
        #expect(result.diagnostics.isEmpty, "\(located(result))")
        let log = try #require(result.policy).metadata.changeLog
        #expect(log.map { $0.summary.text(in: "fr", primary: "en") } == ["First draft.", "Ajout des visites à domicile."])
    }
}
