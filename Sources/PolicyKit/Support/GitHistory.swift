#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads files as they were at a git revision, by running `git show REV:PATH`.
struct GitHistory: Sendable {
    /// The revision as the user wrote it: a commit, branch, tag or `HEAD~1`.
    let revision: String
    /// The `git` program found on PATH; nil when git is not installed.
    let git: String?

    /// How long git may take to show one file.
    static let timeLimitSeconds = 60.0

    init(revision: String, searchPath: String? = ProgramSearch.environmentPath) {
        self.revision = revision
        git = ProgramSearch.find("git", in: searchPath)
    }

    /// The bytes of the file at `path` (relative to the current folder, or absolute) at
    /// `revision`, at most `limit` bytes; else a reason the user can act on.
    func contents(of path: String, limit: Int) -> Result<[UInt8], SystemError> {
        switch existingContents(of: path, limit: limit) {
        case .success(let bytes?): .success(bytes)
        case .success(nil): .failure(SystemError(message: "'\(path)' did not exist at '\(revision)'"))
        case .failure(let error): .failure(error)
        }
    }

    /// `contents(of:limit:)`, with nil when the file did not exist at the revision.
    func existingContents(of path: String, limit: Int) -> Result<[UInt8]?, SystemError> {
        guard let git else {
            return .failure(SystemError(message: "git is not installed (or not on PATH); install git to compare with '\(revision)'"))
        }
        // A revision that starts with '-' would be read as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            return .failure(SystemError(message: "'\(revision)' is not a git revision"))
        }
        let folder = PathNames.folder(of: path)
        let name = PathNames.shortName(path)
        let inRepository = run(git, ["-C", folder, "rev-parse", "--git-dir"], limit: 4096)
        guard case .success = inRepository else {
            return .failure(SystemError(message: "'\(path)' is not in a git repository, so it has no version at '\(revision)'"))
        }
        guard case .success = run(git, ["-C", folder, "rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], limit: 4096) else {
            return .failure(SystemError(message: "'\(revision)' is not a revision of the git repository of '\(path)'"))
        }
        switch run(git, ["-C", folder, "show", "\(revision):./\(name)"], limit: limit) {
        case .success(let bytes): return .success(bytes)
        case .failure(let failure) where failure.exited:
            return .success(nil)
        case .failure(let failure):
            return .failure(SystemError(message: "cannot read '\(path)' at '\(revision)' from git: \(failure.reason)"))
        }
    }

    private struct Failure: Error {
        /// git ran and said no, rather than could not be run.
        var exited: Bool
        var reason: String
    }

    private func run(_ git: String, _ arguments: [String], limit: Int) -> Result<[UInt8], Failure> {
        var environment = ProcessInfo.processInfo.environment
        // git's messages are not shown, but must not wait for a password or a pager.
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        let process = ChildProcess(executable: git, arguments: arguments, environment: environment)
        let (outcome, output) = process.runKeepingOutput(timeLimitSeconds: Self.timeLimitSeconds, outputLimit: limit)
        switch outcome {
        case .exited(status: 0, errorOutput: _): return .success(output)
        case .exited(let status, let errorOutput):
            let message = String(decoding: errorOutput, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "exit \(status)"
            return .failure(Failure(exited: true, reason: message))
        case .timedOut: return .failure(Failure(exited: false, reason: "git did not finish within \(Int(Self.timeLimitSeconds)) seconds"))
        case .failed(let reason): return .failure(Failure(exited: false, reason: reason))
        }
    }
}
