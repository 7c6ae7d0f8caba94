#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Documents for one or more output folders, made visible together: all of a build's
/// files, for every site, are staged in hidden temporary files first, and renamed into
/// place only once every one of them has been written.
///
/// A rename replaces a file whole, so a build that fails or is killed leaves every
/// document as it was or wholly new. Surviving a power cut as well needs the new files
/// on disk before they are renamed: a `durable` batch flushes them first (and the renames
/// after), which makes a build wait for the disk, often longer than the build itself
/// takes. Documents can always be built again from their settings, so that wait is
/// chosen (`policykit build --sync`), not imposed.
///
/// Staged files live on disk, not in memory, so a batch of many sites needs no more
/// memory than one. A failure while staging leaves no document changed; only a failure
/// of the renames themselves (the disk vanishing mid-way) can leave some folders updated
/// and others not, and then each file is still either its whole old or whole new version.
struct OutputBatch {
    private struct Staged {
        var folder: String
        var names: [String]
        /// The serial number of the first temporary file; the others follow in order.
        var firstSerial: Int
    }

    private var staged: [Staged] = []
    private var serial = 0
    /// One folder per file system written to: flushing it flushes all the batch wrote there.
    private var fileSystems: [UInt64: String] = [:]
    private let process = getpid()
    /// Sites have files of the same names: a list equal to the one before is kept once, so
    /// what the batch holds until the renames grows by little more than a folder name a site.
    private var lastNames: [String] = []
    private let durable: Bool

    init(durable: Bool = false) {
        self.durable = durable
    }

    /// Writes the files of `files` that differ from what `folder` holds into hidden
    /// temporary files there, creating the folder if needed, and returns their names.
    /// Each folder may be staged once per batch.
    mutating func stage(_ files: [OutputFile], in folder: OutputFolder) throws(DiagnosticList) -> [String] {
        try folder.validateNames(files)
        // A folder made just now holds nothing to compare with or clear away: a build of
        // many new sites skips a failed open for every file.
        let created = try folder.prepareFolder()
        if !created { folder.removeLeftoverTemporaryFiles() }

        let changed = created ? files : files.filter { folder.readFile($0.name) != $0.bytes }
        let first = serial
        for (index, file) in changed.enumerated() {
            let temporary = temporaryPath(folder.path, file.name, first + index)
            do {
                try FileSystem.create(temporary, with: file.bytes, sync: durable && !Self.canFlushFileSystem)
            } catch {
                unlink(temporary)
                for earlier in 0..<index { unlink(temporaryPath(folder.path, changed[earlier].name, first + earlier)) }
                throw DiagnosticList([.error("cannot write '\(folder.path)/\(file.name)': \(error.message)")])
            }
        }
        serial += changed.count
        guard !changed.isEmpty else { return [] }
        staged.append(Staged(folder: folder.path, names: interned(changed.map(\.name)), firstSerial: first))
        var status = stat()
        if stat(folder.path, &status) == 0, fileSystems[UInt64(status.st_dev)] == nil {
            fileSystems[UInt64(status.st_dev)] = folder.path
        }
        return changed.map(\.name)
    }

    /// Puts every staged file in place. Nothing is renamed until every file is staged (and,
    /// for a durable batch, on disk), so a crash before then leaves every document as it was.
    mutating func commit() throws(DiagnosticList) {
        if durable { flush() }
        for (position, site) in staged.enumerated() {
            for (index, name) in site.names.enumerated() {
                let temporary = temporaryPath(site.folder, name, site.firstSerial + index)
                guard rename(temporary, "\(site.folder)/\(name)") == 0 else {
                    let reason = SystemError.current.message
                    for rest in index..<site.names.count {
                        unlink(temporaryPath(site.folder, site.names[rest], site.firstSerial + rest))
                    }
                    staged.removeFirst(position + 1)
                    discard()
                    throw DiagnosticList([.error("cannot replace '\(site.folder)/\(name)': \(reason)")])
                }
            }
        }
        // Makes the renames themselves durable, not just the files' contents.
        if durable { flush() }
        staged = []
    }

    /// Removes every staged file; the folders keep what they held before.
    mutating func discard() {
        for site in staged {
            for (index, name) in site.names.enumerated() {
                unlink(temporaryPath(site.folder, name, site.firstSerial + index))
            }
        }
        staged = []
    }

    private mutating func interned(_ names: [String]) -> [String] {
        if names != lastNames { lastNames = names }
        return lastNames
    }

    private func temporaryPath(_ folder: String, _ name: String, _ number: Int) -> String {
        "\(folder)/.\(name)\(OutputFolder.temporaryMarker)\(process)-\(number)"
    }

    #if os(Linux)
    /// One `syncfs` per file system replaces an `fsync` per file: with thousands of sites
    /// the per-file flushes would be most of the build's time.
    private static let canFlushFileSystem = true

    /// glibc has `syncfs` since 2.14 but Swift's Glibc module does not show it.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
    #else
    private static let canFlushFileSystem = false
    #endif

    private func flush() {
        #if os(Linux)
        let folders = Array(fileSystems.values)
        #else
        let folders = staged.map(\.folder)
        #endif
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            #if os(Linux)
            if let syncfs = Self.syncfs { _ = syncfs(descriptor) } else { sync() }
            #else
            fsync(descriptor)
            #endif
            close(descriptor)
        }
    }
}
