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
