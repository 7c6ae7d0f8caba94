/// Keys that people naturally write in American spelling, read as the key the
/// schema names: `organization` and `organisation.color`.
enum KeySpelling {
    static let american = ["organization": "organisation", "color": "colour"]

    /// The schema's key for `written` where `knownKeys` are allowed.
    static func schemaKey(_ written: String, knownKeys: [String]) -> String {
        guard let key = american[written], knownKeys.contains(key) else { return written }
        return key
    }
}
