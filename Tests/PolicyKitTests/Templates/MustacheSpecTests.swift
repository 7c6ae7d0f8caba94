import Foundation
import Testing
@testable import PolicyKit

/// Filling follows Mustache's own specification (github.com/mustache/spec, MIT licence,
/// copied into Tests/MustacheSpec) for every feature PolicyKit templates can use:
/// comments, interpolation, sections, inverted sections, partials and inheritance.
/// The specification escapes for HTML and uses unescaped values, so these tests give the
/// renderer an HTML escaper and let the parser accept `{{{name}}}`; documents get
/// Markdown escaping and may not use unescaped values.
struct MustacheSpecTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MustacheSpec")

    /// Cases that use what PolicyKit leaves out on purpose, each with the reason.
    static let leftOut: [String: String] = [
        "partials/Recursion": "partials that include themselves are refused before filling (TemplateChecker)",
        "~inheritance/Recursion": "partials that include themselves are refused before filling (TemplateChecker)",
        // The optional inheritance module also moves a block's lines from the indentation
        // they are written at to the indentation of the block they replace; PolicyKit
        // copies a block's lines as written.
        "~inheritance/Standalone block": "blocks are not re-indented",
        "~inheritance/Block reindentation": "blocks are not re-indented",
        "~inheritance/Intrinsic indentation": "blocks are not re-indented",
        "~inheritance/Nested block reindentation": "blocks are not re-indented",
    ]

    struct Case: CustomStringConvertible {
        var file: String
        var name: String
        var data: Any
        var template: String
        var partials: [String: String]
        var expected: String
        var description: String { "\(file)/\(name)" }
    }

    static func cases(_ file: String) throws -> [Case] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file + ".json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try #require(json["tests"] as? [[String: Any]])
        return tests.map { test in
            Case(file: file, name: test["name"] as! String, data: test["data"]!, template: test["template"] as! String,
                 partials: test["partials"] as? [String: String] ?? [:], expected: test["expected"] as! String)
        }
    }

    /// JSON as template context; nil for what contexts cannot hold (fractional numbers).
    static func contextValue(_ json: Any) -> ContextValue? {
        switch json {
        case let number as NSNumber where String(describing: type(of: number)).contains("Boolean"):
            return .flag(number.boolValue)
        case let number as NSNumber:
            guard number.doubleValue == number.doubleValue.rounded() else { return nil }
            return .number(number.intValue)
        case let text as String:
            return .text(text)
        case let list as [Any]:
            var items: [ContextValue] = []
            for item in list {
                guard let value = contextValue(item) else { return nil }
                items.append(value)
            }
            return .list(items)
        case let object as [String: Any]:
            var fields: [String: ContextValue] = [:]
            for (key, item) in object {
                guard let value = contextValue(item) else { return nil }
                fields[key] = value
            }
            return .object(fields)
        default:
            return .absent
        }
    }

    static func htmlEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The rendered text, or why the case cannot run here.
    static func run(_ test: Case) -> Result<String, SkipReason> {
        if let reason = leftOut[test.description] { return .failure(SkipReason(text: reason)) }
        guard let context = contextValue(test.data) else { return .failure(SkipReason(text: "fractional numbers")) }
        var templates: [String: [TemplateElement]] = [:]
        for (name, text) in test.partials.merging(["": test.template], uniquingKeysWith: { $1 }) {
            let (elements, problems) = TemplateParser.parse(text, path: name, allowsUnescapedValues: true)
            guard problems.isEmpty else { return .failure(SkipReason(text: problems.map(\.message).joined(separator: "; "))) }
            templates[name] = elements
        }
        return .success(TemplateRenderer(templates: templates, escape: htmlEscape).render("", context: context))
    }

    struct SkipReason: Error { var text: String }

    @Test(arguments: ["comments", "interpolation", "sections", "inverted", "partials", "~inheritance"])
    func everyCaseOfTheSpecificationPasses(file: String) throws {
        var skipped: [String] = []
        for test in try Self.cases(file) {
            switch Self.run(test) {
            case .success(let output):
                #expect(output == test.expected, "\(test): \(test.template.debugDescription)")
            case .failure(let reason):
                skipped.append("\(test.name): \(reason.text)")
            }
        }
        // Only what is listed in `leftOut` or needs fractional numbers may be skipped.
        let allowed = Set(Self.leftOut.values).union(["fractional numbers"])
        #expect(skipped.filter { !allowed.contains(String($0.split(separator: ":", maxSplits: 1)[1].dropFirst())) } == [])
        #expect(skipped.count <= 8, "skipped: \(skipped)")
    }

    @Test func theSpecificationFilesAreAllThere() throws {
        var count = 0
        for file in ["comments", "interpolation", "sections", "inverted", "partials", "~inheritance"] {
            count += try Self.cases(file).count
        }
        #expect(count == 149)
    }
}
