@testable import PolicyKit

/// Helpers shared by the settings parser tests.
enum ParserTestSupport {
    static let path = "settings.yaml"

    static func parse(_ text: String) throws(DiagnosticList) -> Node? {
        try SettingsParser.parse(Array(text.utf8), path: path)
    }

    /// The document as JSON, or the errors as `line:column: message` lines.
    static func json(_ text: String) -> String {
        do {
            guard let node = try SettingsParser.parse(Array(text.utf8), path: path) else { return "" }
            return try JSONOutput.encode(node, path: path)
        } catch {
            return render(error)
        }
    }

    /// The errors a document produces, as `line:column: message`; empty when it parses.
    static func errors(_ text: String) -> [String] {
        errors(bytes: Array(text.utf8))
    }

    static func errors(bytes: [UInt8]) -> [String] {
        do {
            _ = try SettingsParser.parse(bytes, path: path)
            return []
        } catch {
            return error.diagnostics.map(line)
        }
    }

    static func render(_ error: DiagnosticList) -> String {
        error.diagnostics.map(line).joined(separator: "\n")
    }

    static func line(_ diagnostic: Diagnostic) -> String {
        let where_ = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
        return where_ + diagnostic.message
    }

    static func scalar(_ node: Node?) -> Scalar? {
        if case .scalar(let scalar)? = node?.kind { return scalar }
        return nil
    }

    /// The value at `key` of a mapping node.
    static func value(_ node: Node?, _ key: String) -> Node? {
        guard case .mapping(let entries)? = node?.kind else { return nil }
        return entries.first { scalar($0.key)?.text == key }?.value
    }
}
