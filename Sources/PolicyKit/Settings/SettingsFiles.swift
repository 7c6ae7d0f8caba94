/// The settings files a list of paths names. A folder stands for the settings files
/// directly inside it, so an agency with many sites keeps them in one folder and names
/// the folder, however many there are.
enum SettingsFiles {
    /// Each path as given, a folder replaced by its `.yaml` and `.yml` files in the order
    /// of their names (hidden files and subfolders are not read: a base kept beside the
    /// sites' folder is read only through `extends:`).
    static func expanding(_ paths: [String]) throws(DiagnosticList) -> (files: [String], namedFolder: Bool) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        var namedFolder = false
        for path in paths {
            guard FileSystem.kind(of: path) == .folder else {
                files.append(path)
                continue
            }
            namedFolder = true
            let inside = (FileSystem.names(in: path) ?? []).filter(isSettingsFile).sorted()
            let found = inside.map { PathNames.appending($0, to: path) }.filter { FileSystem.kind(of: $0) != .folder }
            if found.isEmpty {
                problems.append(.error("the folder '\(path)' holds no settings file (a file ending in .yaml or .yml)"))
            }
            files += found
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return (files, namedFolder)
    }

    private static func isSettingsFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }
}
