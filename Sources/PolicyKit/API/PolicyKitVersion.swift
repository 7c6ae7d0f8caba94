/// The version of PolicyKit, as `policykit --version` prints it: for logs and bug
/// reports, and to record which release built a set of documents.
///
/// ```swift
/// print("documents built with PolicyKit \(PolicyKitVersion.current)")
/// ```
public enum PolicyKitVersion {
    /// The release this library is, in semantic-versioning form ("0.1.0").
    public static let current = "0.1.0"
}
