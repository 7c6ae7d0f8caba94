import FlyingFox
import Foundation
import Testing
@testable import PolicyKitPreview

/// What the preview answers to a request as it arrives: the wrong Host is refused,
/// other paths are not found, and each answer carries a Content-Security-Policy.
struct PreviewHandlerTests {
    func handler() async throws -> (PreviewHandler, PreviewFolder) {
        let folder = try PreviewFolder()
        let settings = try folder.write("settings.yaml", minimalSettings)
        let state = PreviewState(settingsPath: settings)
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        return (PreviewHandler(state: state, hosts: HostCheck(listenHost: "127.0.0.1", port: 8090)), folder)
    }

    func get(_ target: String, host: String? = "127.0.0.1:8090", method: HTTPMethod = .GET) async throws -> HTTPResponse {
        let (handler, folder) = try await handler()
        defer { folder.remove() }
        var headers = HTTPHeaders()
        if let host { headers[.host] = host }
        let parts = target.split(separator: "?", maxSplits: 1)
        let request = HTTPRequest(
            method: method, version: .http11,
            target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
            headers: headers, body: HTTPBodySequence(data: Data()))
        return try await handler.handleRequest(request)
    }

    @Test func thePageAndADocumentAreServedWithAStrictPolicy() async throws {
        let page = try await get("/")
        #expect(page.statusCode == .ok)
        #expect(page.headers[HTTPHeader("Content-Security-Policy")]?.contains("default-src 'none'") == true)
        #expect(page.headers[HTTPHeader("Content-Security-Policy")]?.contains("frame-ancestors 'none'") == true)
        let poster = try await get("/documents/poster.html")
        #expect(poster.statusCode == .ok)
        #expect(poster.headers[.contentType] == "text/html; charset=utf-8")
        #expect(poster.headers[HTTPHeader("Content-Security-Policy")]?.contains("default-src 'none'") == true)
        #expect(String(decoding: try await poster.bodyData, as: UTF8.self).contains("Harbourview Community Services"))
    }

    @Test func aWrongHostIsRefused() async throws {
        #expect(try await get("/", host: "evil.example:8090").statusCode == .forbidden)
        #expect(try await get("/documents/poster.html", host: "evil.example:8090").statusCode == .forbidden)
        #expect(try await get("/", host: nil).statusCode == .forbidden)
    }

    @Test func pathsOutsideThePreviewAreNotFound() async throws {
        for target in ["/documents/../settings.yaml", "/documents/%2e%2e/settings.yaml", "/settings.yaml", "/documents/card.fr.html"] {
            #expect(try await get(target).statusCode == .notFound, "\(target)")
        }
    }

    /// The open page hears of each build at once: the event stream starts with the version
    /// shown, and sends each new one as it is built.
    @Test func theEventStreamTellsEachNewBuild() async throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let state = PreviewState(settingsPath: settings)
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        let handler = PreviewHandler(state: state, hosts: HostCheck(listenHost: "127.0.0.1", port: 8090))
        let request = HTTPRequest(
            method: .GET, version: .http11, target: HTTPRequest.Target(path: "/events", query: ""),
            headers: [.host: "localhost:8090"], body: HTTPBodySequence(data: Data()))
        let response = try await handler.handleRequest(request)
        #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
        guard case .httpBody(let body) = response.payload else {
            Issue.record("the event stream is not an HTTP body")
            return
        }
        var chunks = body.makeAsyncIterator()
        let first = String(decoding: try #require(try await chunks.next()), as: UTF8.self)
        #expect(first.contains("data: \(await state.snapshot.version)\n\n"))
        await state.show(PreviewBuild(settings: settings, templatesFolder: nil, today: testToday))
        let second = String(decoding: try #require(try await chunks.next()), as: UTF8.self)
        #expect(second.contains("data: \(await state.snapshot.version)\n\n"))
        #expect(first != second)
    }

    @Test func onlyGetIsAnswered() async throws {
        #expect(try await get("/", method: .POST).statusCode == .methodNotAllowed)
        #expect(try await get("/documents/poster.html", method: .PUT).statusCode == .methodNotAllowed)
    }
}
