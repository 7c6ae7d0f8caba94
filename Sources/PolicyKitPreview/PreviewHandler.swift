#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FlyingFox

/// Answers every request: the Host is checked first, then only GET of one of the
/// preview's own resources is answered; everything else gets a plain refusal.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    let hosts: HostCheck

    /// The page runs its own script and style only, talks only to this server, and may
    /// not be framed by another site.
    static let pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    /// The documents have no scripts; their stylesheet is inside them.
    static let documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard hosts.allows(request.headers[.host]) else {
            return Self.plain(.forbidden, "This preview answers only to addresses on this computer, such as http://localhost. Open the address policykit preview printed.\n")
        }
        guard request.method == .GET else {
            var response = Self.plain(.methodNotAllowed, "The preview only shows documents.\n")
            response.headers[HTTPHeader("Allow")] = "GET"
            return response
        }
        let snapshot = await state.snapshot
        let names = Set(snapshot.documents.map(\.fileName))
        guard let resource = PreviewResource.resolve(request.target.path(), documents: names) else {
            return Self.plain(.notFound, "Not found.\n")
        }
        switch resource {
        case .page:
            let selected = request.query.first { $0.name == "document" }?.value
            return Self.response(Array(PreviewPage(snapshot: snapshot, selected: selected).html.utf8), type: "text/html; charset=utf-8", policy: Self.pagePolicy)
        case .script:
            return Self.response(Array(PreviewAssets.script.utf8), type: "text/javascript; charset=utf-8", policy: Self.pagePolicy)
        case .stylesheet:
            return Self.response(Array(PreviewAssets.stylesheet.utf8), type: "text/css; charset=utf-8", policy: Self.pagePolicy)
        case .document(let name):
            guard let document = snapshot.documents.first(where: { $0.fileName == name }) else {
                return Self.plain(.notFound, "Not found.\n")
            }
            return Self.response(document.bytes, type: "text/html; charset=utf-8", policy: Self.documentPolicy)
        case .events:
            let events = await state.listen()
            var response = HTTPResponse(statusCode: .ok, headers: Self.commonHeaders, body: HTTPBodySequence(from: EventStreamBody(events: events), suggestedBufferSize: 1024))
            response.headers[.contentType] = "text/event-stream; charset=utf-8"
            return response
        }
    }

    private static var commonHeaders: HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        return headers
    }

    private static func response(_ bytes: [UInt8], type: String, policy: String) -> HTTPResponse {
        var headers = commonHeaders
        headers[.contentType] = type
        headers[HTTPHeader("Content-Security-Policy")] = policy
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(bytes))
    }

    private static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        var headers = commonHeaders
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }
}
