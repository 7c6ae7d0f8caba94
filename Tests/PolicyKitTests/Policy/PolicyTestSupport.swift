@testable import PolicyKit

/// A day safely before every date used in the tests, so no "review date has passed" warnings appear by accident.
let testToday = CalendarDate(year: 2026, month: 3, day: 1)!

let minimalSettings = """
organisation:
  name: Harbourview Community Services
  jurisdiction: CA
policy:
  version: "1.0"
  effective_date: 2026-01-15

"""

func load(_ text: String, today: CalendarDate = testToday) -> LoadResult {
    SettingsLoader.load(Array(text.utf8), path: "settings.yaml", today: today)
}

/// Each diagnostic as "line:column: severity: message", which is what a user sees.
func located(_ result: LoadResult) -> [String] {
    result.diagnostics.map { diagnostic in
        let place = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
        return place + "\(diagnostic.severity.rawValue): \(diagnostic.message)"
    }
}

/// The minimal settings with `extra` appended at the top level.
func minimal(plus extra: String) -> String {
    minimalSettings + extra
}
