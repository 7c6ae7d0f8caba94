import Testing
@testable import PolicyKit

@Suite struct ReadingLevelTests {
    @Test(arguments: Jurisdiction.allCases)
    func thePosterReadsAtGradeSevenOrBelow(_ jurisdiction: Jurisdiction) throws {
        let poster = try DocumentFiller().markdown(for: .poster, policy: TemplateFixtures.defaultPolicy(jurisdiction))
        let measure = ReadingLevel.measure(markdown: poster)
        // A poster of a few short lines: at most 60 words.
        #expect(measure.words > 15 && measure.words <= 60, "\(measure.words) words")
        #expect(measure.grade <= 7, "grade \(measure.grade)")
    }

    @Test func syllablesAreCountedLikeADictionaryWould() {
        let expected = ["cat": 1, "table": 2, "code": 1, "hoped": 1, "wanted": 2, "boxes": 2, "community": 4,
                        "emergency": 4, "violence": 3, "respect": 2, "name-calling": 3, "the": 1, "free": 1]
        for (word, count) in expected {
            #expect(ReadingLevel.syllables(in: word) == count, "\(word)")
        }
    }

    /// An address is copied out, not read: it adds no words, and the sentence it ends still ends.
    @Test func anAddressIsNotGraded() {
        let withAddress = ReadingLevel.measure(markdown: "Be kind. Read our full code at humanservices.lakeside.example.org. Thank you.")
        let without = ReadingLevel.measure(markdown: "Be kind. Read our full code at. Thank you.")
        #expect(withAddress == without)
        #expect(withAddress.sentences == 3)
    }

    @Test func harderTextScoresAHigherGrade() {
        let easy = ReadingLevel.measure(text: "We help you. You are safe here. Ask us if you need help.")
        let hard = ReadingLevel.measure(text: "Organisational accountability necessitates comprehensive documentation of interpersonal altercations.")
        #expect(easy.grade < 3)
        #expect(hard.grade > 15)
        #expect(easy.sentences == 3 && easy.words == 13)
    }

    @Test func listItemsAndHeadingsCountAsSentences() {
        let measure = ReadingLevel.measure(markdown: "# Title\n\n- one item\n- two item\n\nA *short* line. Another one.\n")
        #expect(measure.sentences == 5)
        #expect(measure.words == 10)
    }
}

/// The published reading-ease scores for Spanish and French, and the client documents
/// that must meet them.
@Suite struct ReadingEaseTests {
    @Test func spanishSyllablesFollowDiphthongsAndHiatus() {
        let expected = ["casa": 2, "bueno": 2, "ciudad": 2, "poeta": 3, "leer": 2, "día": 2, "reúne": 3,
                        "hay": 1, "muy": 1, "y": 1, "personal": 3, "emergencia": 4, "violencia": 3, "queja": 2]
        for (word, count) in expected {
            #expect(ReadingEase.spanishSyllables(word) == count, "\(word)")
        }
    }

    @Test func frenchSyllablesDropTheSilentE() {
        let expected = ["chat": 1, "table": 1, "personnes": 2, "visite": 2, "réagir": 3, "naïf": 2,
                        "urgence": 2, "respect": 2, "aide": 1, "code": 1, "employé": 3, "remarqué": 3]
        for (word, count) in expected {
            #expect(ReadingEase.frenchSyllables(word) == count, "\(word)")
        }
    }

    /// Known sentences: a short plain one scores high, a long technical one low.
    @Test func knownSentencesScoreAsExpected() {
        let plainSpanish = ReadingLevel.measure(text: "El perro come pan. La casa es azul.", syllables: ReadingEase.spanishSyllables)
        #expect(plainSpanish.words == 8 && plainSpanish.sentences == 2 && plainSpanish.syllables == 12)
        // 206.84 − 60 × 12/8 − 1.02 × 8/2 = 112.76
        #expect(abs(ReadingEase.fernandezHuerta(plainSpanish) - 112.76) < 0.01)
        let hardSpanish = ReadingLevel.measure(text: "La responsabilidad institucional exige documentación exhaustiva de altercados interpersonales.", syllables: ReadingEase.spanishSyllables)
        #expect(ReadingEase.fernandezHuerta(hardSpanish) < 30)

        let plainFrench = ReadingLevel.measure(text: "Le chat dort. Il fait beau.", syllables: ReadingEase.frenchSyllables)
        #expect(plainFrench.words == 6 && plainFrench.sentences == 2 && plainFrench.syllables == 6)
        // 207 − 73.6 × 6/6 − 1.015 × 6/2 = 130.355
        #expect(abs(ReadingEase.kandelMoles(plainFrench) - 130.355) < 0.01)
        let hardFrench = ReadingLevel.measure(text: "La responsabilité institutionnelle nécessite une documentation exhaustive des altercations interpersonnelles.", syllables: ReadingEase.frenchSyllables)
        #expect(ReadingEase.kandelMoles(hardFrench) < 30)
    }

    /// The client documents in Spanish read at Fernández-Huerta 70 or more, in French at
    /// Kandel–Moles 60 or more, for the built-in wording of every jurisdiction. The lobby
    /// poster, a sign of a few lines, is too short to score; the code of conduct is not.
    @Test(arguments: Jurisdiction.allCases)
    func clientDocumentsMeetTheirLanguagesReadingEase(_ jurisdiction: Jurisdiction) throws {
        let filler = try DocumentFiller()
        let policy = TemplateFixtures.defaultPolicy(jurisdiction)
        #expect(ReadingEase.score(markdown: try filler.markdown(for: .poster, policy: policy, language: .spanish), in: .spanish) == nil)
        #expect(ReadingEase.score(markdown: try filler.markdown(for: .codeOfConduct, policy: policy, language: .spanish), in: .spanish) != nil)
        for kind in DocumentKind.allCases where kind.audience == .clients {
            if let spanish = ReadingEase.score(markdown: try filler.markdown(for: kind, policy: policy, language: .spanish), in: .spanish) {
                #expect(spanish >= 70, "\(kind) in Spanish: Fernández-Huerta \(spanish)")
            }
            if let french = ReadingEase.score(markdown: try filler.markdown(for: kind, policy: policy, language: .french), in: .french) {
                #expect(french >= 60, "\(kind) in French: Kandel–Moles \(french)")
            }
        }
    }
}
