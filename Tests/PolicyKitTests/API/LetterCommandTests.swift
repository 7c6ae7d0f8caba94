import Foundation
import Testing

/// `policykit letter` as a manager runs it: one letter, to standard output or a file,
/// with the client's name only where the user points it.
@Suite struct LetterCommandTests {
    static let example = SettingsCheckTests.example

    @Test func printsTheLetterForOneStep() throws {
        let result = try CommandLineRunner.run(["letter", "--step", "4", Self.example])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("About our Code of Conduct"))
        let words = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // What service continues is said in the step's response, and the letter quotes it whole.
        #expect(words.contains("What happens now: Temporary suspension of in-person service; phone support continues"))
        #expect(result.output.contains("To ____"))
        #expect(result.error.isEmpty, "\(result.error)")
    }

    @Test func aStepWithoutALetterIsAUsageErrorListingTheStepsThatHaveOne() throws {
        for step in ["99", "1"] {
            let result = try CommandLineRunner.run(["letter", "--step", step, Self.example])
            #expect(result.status == 2, "\(step): \(result.error)")
            #expect(result.output.isEmpty)
            #expect(result.error.contains("error: there is no letter for step \(step): letters exist for steps 2, 3 and 4 (step 1 is given in speech: 'letter: false'); the ladder has 4 steps"), "\(result.error)")
        }
        let badDate = try CommandLineRunner.run(["letter", "--step", "2", "--date", "2026-02-30", Self.example])
        #expect(badDate.status == 2)
        #expect(badDate.error.contains("--date must be a real day"))
    }

    @Test func aLanguageWithoutALetterIsAnErrorNamingThoseThatHaveOne() throws {
        let result = try CommandLineRunner.run(["letter", "--step", "2", "--language", "de", Self.example])
        #expect(result.status == 1)
        #expect(result.error.contains("there is no letter in 'de'"), "\(result.error)")
        #expect(result.error.contains("letters can be made in en, fr, es, ar, zh-Hans, pa and vi"), "\(result.error)")
    }

    @Test func theClientsNameGoesOnlyWhereTheUserPointsIt() throws {
        let folder = try SettingsInheritanceTests.Folder()
        let documents = folder.path + "/documents"
        let built = try CommandLineRunner.run(["build", Self.example, "--out", documents, "--document", "letter", "--format", "html,text,md"])
        #expect(built.status == 0, "\(built.error)")
        func snapshot() throws -> [String: Data] {
            let names = try FileManager.default.contentsOfDirectory(atPath: documents)
            return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: documents + "/" + $0))) })
        }
        let before = try snapshot()
        #expect(before.keys.contains("letter-step-2.html") && before.keys.contains("letter-step-4.es.txt"))

        let printed = try CommandLineRunner.run(["letter", "--step", "3", "--client", "Sam Q. Client", "--date", "2026-03-02", Self.example], in: documents)
        #expect(printed.status == 0, "\(printed.error)")
        #expect(printed.output.contains("To: Sam Q. Client"))
        #expect(printed.output.contains("Date: 2 March 2026"))
        let letter = folder.path + "/for-sam.html"
        let written = try CommandLineRunner.run(["letter", "--step", "3", "--client", "Sam Q. Client", "--format", "html", "--out", letter, Self.example], in: documents)
        #expect(written.status == 0, "\(written.error)")
        #expect(written.output.isEmpty)
        #expect(try String(contentsOfFile: letter, encoding: .utf8).contains("Sam Q. Client"))

        let after = try snapshot()
        #expect(after == before, "the output folder changed")
        #expect(after.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("Sam Q. Client") })
    }
}
