#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the starter settings file for `policykit init`: every section filled with
/// the built-in defaults of a jurisdiction, ready for an organisation to edit.
///
/// ```swift
/// try StarterSettingsWriter.write(toPath: "settings.yaml", today: .todayUTC(), jurisdiction: .unitedKingdom)
/// let result = SettingsLoader.loadFile(atPath: "settings.yaml", today: .todayUTC())
/// ```
public enum StarterSettingsWriter {
    /// Writes the starter settings to `path`, never replacing an existing file. `today`
    /// becomes the effective date, with the next review a year later; `jurisdiction`
    /// chooses the emergency and crisis numbers; `languages`, the main one first, are the
    /// languages the documents are made in.
    ///
    /// The settings' JSON Schema goes beside them as `policykit.schema.json`, which the
    /// starter file's first line names for editors, unless a file of that name is there
    /// already: it is kept, as the settings file would be. Returns the paths written.
    ///
    /// The text goes to a temporary file beside the target first and is then hard-linked
    /// into place, so a reader never sees half a file and a file that appears meanwhile
    /// is not overwritten.
    ///
    /// ```swift
    /// do {
    ///     try StarterSettingsWriter.write(toPath: "hr/settings.yaml", today: .todayUTC())
    /// } catch {
    ///     print(DiagnosticFormatter().format(error), terminator: "")
    /// }
    /// ```
    @discardableResult
    public static func write(toPath path: String, today: CalendarDate, jurisdiction: Jurisdiction = .canada, languages: [Language] = [.english]) throws(Diagnostic) -> [String] {
        guard !languages.isEmpty else { throw .error("give at least one language for the documents") }
        if FileSystem.kind(of: path) != .missing {
            throw .error("'\(path)' already exists; choose another name or move the existing file first")
        }
        let folder = PathNames.folder(of: path).isEmpty ? "." : PathNames.folder(of: path)
        guard FileSystem.kind(of: folder) == .folder else {
            throw .error("cannot write '\(path)': the folder '\(folder)' does not exist")
        }
        let temporary = folder + "/." + PathNames.shortName(path) + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let text = Array(StarterSettings.text(today: today, jurisdiction: jurisdiction, languages: languages).utf8)
        guard (try? FileSystem.create(temporary, with: text)) != nil else {
            throw .error("cannot write '\(path)'; check that you may create files in '\(folder)'")
        }
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST {
                throw .error("'\(path)' already exists; choose another name or move the existing file first")
            }
            // Some file systems have no hard links; rename is still atomic there.
            guard rename(temporary, path) == 0 else {
                throw .error("cannot write '\(path)': \(String(cString: strerror(code)))")
            }
        }
        let schema = schemaPath(besideSettings: path)
        guard FileSystem.kind(of: schema) == .missing else { return [path] }
        try SettingsSchema.write(toPath: schema)
        return [path, schema]
    }

    /// Where `write` puts the schema for the settings at `path`.
    static func schemaPath(besideSettings path: String) -> String {
        let folder = PathNames.folder(of: path)
        return folder.isEmpty ? SettingsSchema.fileName : PathNames.appending(SettingsSchema.fileName, to: folder)
    }
}
