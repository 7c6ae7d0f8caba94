/// Where one site's documents go: the folder itself for a single site, and for several a
/// folder each under it, named for the settings file (`sites/harbourview.yaml` builds
/// into `OUT/harbourview`).
struct SiteFolder: Sendable, Equatable {
    var settings: String
    var folder: String

    /// The folder of each settings file, in the order given; two sites that would share a
    /// folder are refused, naming both, so that neither overwrites the other. A lone file
    /// builds into `out` itself unless `eachInItsOwn` (the files came from a folder, which
    /// may later hold more).
    static func assign(_ settings: [String], under out: String, eachInItsOwn: Bool = false) throws(DiagnosticList) -> [SiteFolder] {
        if settings.count == 1, !eachInItsOwn { return [SiteFolder(settings: settings[0], folder: out)] }
        var firstWithName: [String: String] = [:]
        var clashes: [Diagnostic] = []
        for file in settings {
            let name = siteName(of: file)
            if let first = firstWithName[name] {
                clashes.append(.error("'\(first)' and '\(file)' would both be built into '\(out)/\(name)'; rename one of them"))
            } else {
                firstWithName[name] = file
            }
        }
        guard clashes.isEmpty else { throw DiagnosticList(clashes) }
        return settings.map { SiteFolder(settings: $0, folder: out + "/" + siteName(of: $0)) }
    }

    /// The settings file's name without its folder and extension.
    static func siteName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
