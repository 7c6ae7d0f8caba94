/// The sheet the lobby poster is printed on, within the paper family of the other
/// documents: A4 or A3 with A4 paper, Letter or Tabloid with Letter paper.
public enum PosterSize: String, CaseIterable, Sendable {
    case a4
    case a3
    case letter
    case tabloid

    /// The paper family the sheet belongs to.
    public var family: PaperSize {
        switch self {
        case .a4, .a3: .a4
        case .letter, .tabloid: .letter
        }
    }

    /// The same sheet in `family`: the large poster stays large when `build --paper`
    /// picks the other family.
    func inFamily(_ family: PaperSize) -> PosterSize {
        guard family != self.family else { return self }
        switch self {
        case .a4: return .letter
        case .a3: return .tabloid
        case .letter: return .a4
        case .tabloid: return .a3
        }
    }

    /// The sizes allowed with `family`, as settings write them.
    static func names(in family: PaperSize) -> String {
        allCases.filter { $0.family == family }.map(\.rawValue).joined(separator: " or ")
    }
}
