/// The sheet a printed page is laid out for.
///
/// ```swift
/// let options = BuildOptions(formats: [.pdf], paper: .a4)
/// ```
public enum PaperSize: String, CaseIterable, Sendable {
    case a4
    case letter

    /// The name printed on the packet: "A4" or "Letter".
    public var displayName: String {
        switch self {
        case .a4: "A4"
        case .letter: "Letter"
        }
    }
}
