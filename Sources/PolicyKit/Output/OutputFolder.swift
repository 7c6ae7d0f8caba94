#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build writes into, and the only place it writes.
///
/// A build is all or nothing: every file is first written in full to a hidden temporary
/// file beside its final name, and only when all of them are written are they renamed
/// into place (with `--sync`, only once they are on disk). A rename replaces a file atomically, so a build killed at any
/// moment leaves each document either its complete old version or its complete new one.
/// Files the build did not produce are never touched.
struct OutputFolder: Sendable {
    let path: String

    /// Temporary files carry this marker, so a later build can clear away those a killed
    /// build left behind without ever touching a file the user made.
    static let temporaryMarker = ".policykit-partial-"

    init(path: String) {
        self.path = path
    }

    /// Writes `files`, creating the folder (and its parents) if needed. Files whose
    /// content is already current are left as they are, so their dates do not change.
    /// Returns the names of the files written.
    @discardableResult
    func write(_ files: [OutputFile]) throws(DiagnosticList) -> [String] {
        var batch = OutputBatch()
        let changed = try batch.stage(files, in: self)
        try batch.commit()
        return changed
    }

    /// The names of the files in `files` whose content in the folder differs from it or
    /// which are missing: what a build would change. Writes nothing.
    func staleFiles(comparedWith files: [OutputFile]) throws(DiagnosticList) -> [String] {
        try validateNames(files)
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
            throw DiagnosticList([.error("'\(path)' is not a folder")])
        }
        return files.filter { readFile($0.name) != $0.bytes }.map(\.name)
    }

    // MARK: - Steps

    func validateNames(_ files: [OutputFile]) throws(DiagnosticList) {
        var seen = Set<String>()
        for file in files {
            let name = file.name
            let valid = !name.isEmpty && name != "." && name != ".." && !name.hasPrefix(".")
                && !name.contains("/") && !name.utf8.contains(0)
            // A bad name is a fault in the caller, not in the user's input; still, never
            // let one turn into a write outside the folder.
            guard valid else { throw DiagnosticList([.error("refusing to write a file named '\(name)'")]) }
            guard seen.insert(name).inserted else {
                throw DiagnosticList([.error("two documents would both be written to '\(name)'")])
            }
        }
    }

    /// Makes the folder if it is missing and checks that it can be written. Returns true
    /// when this call made it: it is then empty, and there is nothing in it to read or
    /// clear away.
    @discardableResult
    func prepareFolder() throws(DiagnosticList) -> Bool {
        var status = stat()
        var created = false
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw DiagnosticList([.error("'\(path)' is not a folder; choose another --out")])
            }
        } else if mkdir(path, 0o777) == 0 {
            // The usual case for a new site: its parent, the --out folder, is there already.
            created = true
        } else {
            do {
                created = try FileSystem.makeFolders(path)
            } catch {
                throw DiagnosticList([.error("cannot create folder '\(path)': \(error.message)")])
            }
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw DiagnosticList([.error("cannot write to folder '\(path)': permission denied")])
        }
        return created
    }

    func removeLeftoverTemporaryFiles() {
        for name in FileSystem.names(in: path) ?? [] where name.hasPrefix(".") && name.contains(Self.temporaryMarker) {
            unlink("\(path)/\(name)")
        }
    }

    func readFile(_ name: String) -> [UInt8]? {
        try? FileBytes.contents(of: "\(path)/\(name)")
    }
}
