/// The sheet a printed page is laid out for.
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

    /// The CSS `@page` rule: the size and margins that suit it.
    var pageRule: String {
        switch self {
        case .a4:
            return "@page { size: A4; margin: 18mm 16mm; }"
        case .letter:
            return "@page { size: letter; margin: 0.7in 0.65in; }"
        }
    }
}
