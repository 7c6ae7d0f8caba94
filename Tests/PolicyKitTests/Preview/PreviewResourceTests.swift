import Testing
@testable import PolicyKitPreview

/// Which paths the preview answers: its own page, script, stylesheet and event stream,
/// and the documents of the build by their exact names. Every other path is not found,
/// however it is spelled.
struct PreviewResourceTests {
    let built: Set<String> = ["poster.html", "poster.fr.html", "handbook.html"]

    @Test func thePreviewsOwnResourcesAreFoundAtTheirPaths() {
        #expect(PreviewResource.resolve("/", documents: built) == .page)
        #expect(PreviewResource.resolve("/preview.js", documents: built) == .script)
        #expect(PreviewResource.resolve("/preview.css", documents: built) == .stylesheet)
        #expect(PreviewResource.resolve("/events", documents: built) == .events)
    }

    @Test func aBuiltDocumentIsFoundByItsFileName() {
        #expect(PreviewResource.resolve("/documents/poster.html", documents: built) == .document("poster.html"))
        #expect(PreviewResource.resolve("/documents/poster.fr.html", documents: built) == .document("poster.fr.html"))
    }

    @Test func aDocumentTheBuildDidNotMakeIsNotFound() {
        #expect(PreviewResource.resolve("/documents/card.html", documents: built) == nil)
        #expect(PreviewResource.resolve("/documents/settings.yaml", documents: built) == nil)
        #expect(PreviewResource.resolve("/documents/", documents: built) == nil)
        #expect(PreviewResource.resolve("/documents", documents: built) == nil)
        #expect(PreviewResource.resolve("/poster.html", documents: built) == nil)
        #expect(PreviewResource.resolve("/settings.yaml", documents: built) == nil)
    }

    @Test(arguments: [
        "/documents/../settings.yaml",
        "/../settings.yaml",
        "/documents/../documents/poster.html",
        "/documents/./poster.html",
        "/documents/poster.html/..",
        "/documents/poster.html/.",
        "/./",
        "/..",
    ])
    func dotSegmentsAreNotFoundEvenWhenTheyWouldLeadToADocument(path: String) {
        #expect(PreviewResource.resolve(path, documents: built) == nil)
    }

    @Test(arguments: [
        "/documents/%2e%2e/settings.yaml",
        "/documents/%2E%2E/settings.yaml",
        "/documents/..%2fsettings.yaml",
        "/documents/..%2Fsettings.yaml",
        "/documents/%2e%2e%2fsettings.yaml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/documents/.%2e/settings.yaml",
        "/documents/%252e%252e/settings.yaml",
        "/documents/poster%2ehtml",
        "/documents%2fposter.html",
        "/documents/poster.html%00",
        "/documents/%c0%ae%c0%ae/settings.yaml",
    ])
    func percentEncodedPathsAreNotFound(path: String) {
        #expect(PreviewResource.resolve(path, documents: built) == nil)
    }

    @Test(arguments: [
        "/documents//poster.html",
        "//documents/poster.html",
        "/documents\\..\\settings.yaml",
        "/documents/..\\settings.yaml",
        "documents/poster.html",
        "",
        "/events/",
        "/preview.js/",
        "/documents/poster.html/extra",
    ])
    func otherSpellingsOfAPathAreNotFound(path: String) {
        #expect(PreviewResource.resolve(path, documents: built) == nil)
    }
}
