import Foundation
import Testing
@testable import PolicyKitPreview

/// The preview's own page: settings text that looks like markup is shown as text, and
/// the page asks for nothing from outside this computer.
struct PreviewPageTests {
    func page(settings text: String, selected: String? = nil) async throws -> String {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", text)
        let state = PreviewState(settingsPath: settings)
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        return PreviewPage(snapshot: await state.snapshot, selected: selected).html
    }

    @Test func markupInAnErrorMessageAndSourceLineIsShownAsText() async throws {
        let hostile = minimalSettings.replacingOccurrences(of: "  name: Harbourview Community Services", with: "  name:<script>alert(1)</script><img src=x onerror=alert(2)>")
        let html = try await page(settings: hostile)
        #expect(html.contains("id=\"errors\""))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
    }

    @Test func aDocumentIsChosenByTheAddressAndItsPrintButtonNamesIt() async throws {
        let html = try await page(settings: minimal(plus: "languages: [en, fr]\n"), selected: "poster.fr")
        #expect(html.contains("<iframe id=\"document\" src=\"/documents/poster.fr.html\""))
        #expect(html.contains("<a href=\"/?document=poster.fr\" aria-current=\"page\">"))
        #expect(html.contains("<button type=\"button\" id=\"print\">Print Client Code of Conduct (French)</button>"))
    }

    @Test func anUnknownDocumentInTheAddressShowsTheFirst() async throws {
        let html = try await page(settings: minimalSettings, selected: "\"><script>")
        #expect(html.contains("src=\"/documents/poster.html\""))
        #expect(!html.contains("\"><script>"))
    }

    @Test func thePageLoadsOnlyItsOwnScriptAndStylesheet() async throws {
        let html = try await page(settings: minimalSettings)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"))
        #expect(html.contains("<script src=\"/preview.js\" defer></script>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("style=\""))
    }
}
