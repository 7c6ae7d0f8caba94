/// The `extends` key of a settings file.
enum SettingsExtension {
    static let key = "extends"

    struct Reference {
        var path: String
        /// Where the path is written, for errors about the base it names.
        var location: SourceLocation
    }

    /// The settings without their top-level `extends` entry, and the base it names if any.
    static func split(_ root: Node, path: String) -> Result<(Node, Reference?), Diagnostic> {
        guard case .mapping(var entries) = root.kind,
              let index = entries.firstIndex(where: { entry in
                  if case .scalar(let name) = entry.key.kind { return name.text == Self.key } else { return false }
              })
        else { return .success((root, nil)) }
        let entry = entries.remove(at: index)
        let value = entry.value
        let own = Node(.mapping(entries), range: root.range)
        guard case .scalar(let scalar) = value.kind, !value.isNull, !scalar.text.allSatisfy(\.isWhitespace) else {
            let place = value.isNull ? entry.key.location : value.location
            return .failure(.error("'extends' needs the path of a base settings file, found \(value.foundDescription)", path: path, at: place))
        }
        return .success((own, Reference(path: scalar.text, location: value.location)))
    }

    static func brokenBase(_ basePath: String, from path: String, at location: SourceLocation) -> Diagnostic {
        .error("the base settings file '\(basePath)' has errors; fix them first", path: path, at: location)
    }
}
