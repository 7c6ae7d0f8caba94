/// The check that a changed policy carries a new version (`policykit check --since REV`):
/// staff are told about a policy by its version, so content that changes under the same
/// version number is an error; an effective date left behind, or a change log with no
/// entry for the new version, are warnings.
struct VersionGuard {
    let revision: String
    let today: CalendarDate

    /// The guard's findings for the settings file at `path`, now valid as `policy`, whose
    /// text is in `sources`. Nothing for a file that did not exist at the revision: a new
    /// policy has no earlier version to move on from.
    func diagnostics(path: String, policy: Policy, sources: [String: [UInt8]]) -> [Diagnostic] {
        guard let old = PolicyDiff.loadOldIfItExisted(path: path, at: revision, today: today) else { return [] }
        guard let before = old.policy, !old.hasErrors else {
            let problems = old.errors.map(\.message).joined(separator: "; ")
            return [.error("cannot compare with the version at '\(revision)': \(problems)", path: path)]
        }
        let diff = PolicyDiff(from: before, to: policy)
        let was = before.metadata, now = policy.metadata
        let keys = PolicyKeys(bytes: sources[path], path: path)
        var found: [Diagnostic] = []
        if !diff.isEmpty, was.version == now.version {
            let changes = diff.count == 1 ? "1 change" : "\(diff.count) changes"
            found.append(.error(
                "the policy changed since '\(revision)' (\(changes); see policykit diff --since \(revision)) but its version is still '\(now.version)'; give it a new version",
                path: path, at: keys.location("version")))
        }
        guard !diff.isEmpty || was.version != now.version else { return found }
        if was.effectiveDate == now.effectiveDate {
            found.append(.warning(
                "the policy changed since '\(revision)' but its effective date is still \(now.effectiveDate); set the date the new version applies from",
                path: path, at: keys.location("effective_date")))
        }
        if was.version != now.version, !now.changeLog.contains(where: { $0.version == now.version }) {
            found.append(.warning(
                "the change log has no entry for version '\(now.version)'; add one that says what changed",
                path: path, at: keys.location("change_log") ?? keys.location(nil)))
        }
        return found
    }
}

/// Where the keys of the `policy:` section are written in a settings file, to point
/// the guard's messages at them. A key written only in a base file is not found, and the
/// message then names the file alone.
private struct PolicyKeys {
    let policy: MappingEntry?

    init(bytes: [UInt8]?, path: String) {
        guard let bytes, let node = try? SettingsParser.parse(bytes, path: path),
              case .mapping(let entries) = node.kind else {
            policy = nil
            return
        }
        policy = entries.first { Self.isKey($0, "policy") }
    }

    /// The location of `key` in the policy section, or of the section's own key for nil.
    func location(_ key: String?) -> SourceLocation? {
        guard let policy else { return nil }
        guard let key else { return policy.key.location }
        guard case .mapping(let entries) = policy.value.kind else { return nil }
        return entries.first { Self.isKey($0, key) }?.key.location
    }

    private static func isKey(_ entry: MappingEntry, _ name: String) -> Bool {
        if case .scalar(let scalar) = entry.key.kind { return scalar.text == name }
        return false
    }
}
