/// The JSON Schema (draft 2020-12) of settings files, for editors that complete and
/// check keys while typing. It is made from the tables the settings decoder reads keys
/// by, so it names the same keys, types and choices that `check` accepts.
///
/// ```swift
/// try SettingsSchema.write(toPath: "policykit.schema.json")
/// // In settings.yaml, first line:
/// // # yaml-language-server: $schema=./policykit.schema.json
/// let text = SettingsSchema.json
/// ```
public enum SettingsSchema {
    /// The schema's text, the same on every run.
    public static let json: String = SettingsSchemaBuilder.schema().text

    /// The name `policykit init` gives the schema beside a new settings file.
    public static let fileName = "policykit.schema.json"

    /// Writes the schema to `path` in one step, replacing any file there: a reader sees
    /// the old file or the new one, never half of one.
    public static func write(toPath path: String) throws(Diagnostic) {
        let folder = PathNames.folder(of: path).isEmpty ? "." : PathNames.folder(of: path)
        guard FileSystem.kind(of: folder) == .folder else {
            throw .error("cannot write '\(path)': the folder '\(folder)' does not exist")
        }
        do {
            try FileSystem.replace(path, with: Array(json.utf8))
        } catch {
            throw .error("cannot write '\(path)': \(error.message)")
        }
    }
}
