import Foundation
import Testing

/// The 652 examples of the CommonMark 0.30 specification, read from the shared
/// folder next to the package.
struct CommonMarkSpecExample: Decodable, Sendable, CustomTestStringConvertible {
    var markdown: String
    var html: String
    var example: Int
    var section: String

    var testDescription: String { "example \(example) (\(section))" }

    static let all: [CommonMarkSpecExample] = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Rendering
            .deletingLastPathComponent() // PolicyKitTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
        let file = packageRoot.appendingPathComponent("../shared/commonmark-spec/spec_examples-0.30.json")
        guard let data = try? Data(contentsOf: file),
              let examples = try? JSONDecoder().decode([CommonMarkSpecExample].self, from: data) else {
            return []
        }
        return examples
    }()
}
