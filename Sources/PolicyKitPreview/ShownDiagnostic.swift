#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PolicyKit

/// A diagnostic as the page shows it: the message in plain words, where it is, and the
/// source line with a caret under the place, as `DiagnosticFormatter` prints it.
struct ShownDiagnostic: Sendable, Equatable {
    var isError: Bool
    var message: String
    /// Such as "settings.yaml, line 4, column 3"; nil when the message concerns no file.
    var place: String?
    /// The source line and the caret line under it; nil when the source is not known.
    var excerpt: String?

    init(_ diagnostic: Diagnostic, formatter: DiagnosticFormatter) {
        isError = diagnostic.severity == .error
        message = diagnostic.message
        if let path = diagnostic.path {
            place = diagnostic.location.map { "\(path), line \($0.line), column \($0.column)" } ?? path
        }
        // The formatter's first line repeats place and message; what follows is the excerpt.
        let lines = formatter.format(diagnostic).split(separator: "\n", omittingEmptySubsequences: false)
        let rest = lines.dropFirst().joined(separator: "\n")
        let trimmed = rest.hasSuffix("\n") ? String(rest.dropLast()) : rest
        excerpt = trimmed.isEmpty ? nil : trimmed
    }
}
