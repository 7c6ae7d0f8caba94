import Foundation
import Testing

/// The 652 examples of the CommonMark 0.30 specification, from Tests/CommonMarkSpec
/// (its README gives the source and licence).
struct CommonMarkSpecExample: Decodable, Sendable, CustomTestStringConvertible {
    var markdown: String
    var html: String
    var example: Int
    var section: String

    var testDescription: String { "example \(example) (\(section))" }

    static let all: [CommonMarkSpecExample] = {
        let file = TestPackage.file("Tests/CommonMarkSpec/spec_examples-0.30.json")
        guard let data = try? Data(contentsOf: file),
              let examples = try? JSONDecoder().decode([CommonMarkSpecExample].self, from: data) else {
            return []
        }
        return examples
    }()
}
