extension ValueReader {
    /// Text given once, or per language as a mapping from language code to text.
    ///
    /// Where the policy has several languages, text a language lacks is taken from the
    /// primary language, with a warning at the value, so a French poster never shows English
    /// by surprise. Names (`translatable: false`) may be written once without a warning.
    /// `quietAboutOneLanguage` leaves the warning about text in one language to the caller,
    /// which warns once for a whole list.
    static func localizedText(_ node: Node, name: String, translatable: Bool, context: DecodingContext,
                              quietAboutOneLanguage: Bool = false) -> LocalizedText? {
        let languages = context.languages
        let primary = languages.first ?? .english
        guard case .mapping(let entries) = node.kind else {
            if case .scalar = node.kind {
                guard let text = text(node, name: name, context: context) else { return nil }
                if translatable, languages.count > 1, !quietAboutOneLanguage {
                    warnOneLanguage(name, what: "is", at: node.location, context: context)
                }
                return LocalizedText(text)
            }
            context.error("expected text for '\(name)', or text per language such as {\(languages.map { "\($0.code): ..." }.joined(separator: ", "))}, found \(node.foundDescription)", at: node.location)
            return nil
        }
        var translations: [String: String] = [:]
        var failed = false
        for entry in entries {
            guard case .scalar(let key) = entry.key.kind else { continue }
            let code = key.text
            let listed = languages.contains { $0.code == code }
            if !listed, context.languagesUncertain, Language(code: code) != nil { continue }
            guard listed else {
                let listed = languages.map(\.code).joined(separator: ", ")
                let hint = Language(code: code) == nil && !looksLikeLanguageCode(code)
                    ? "; to give text per language, use language codes as keys" : "; add it to 'languages' to print documents in it"
                context.error("'\(Node.shortened(code))' is not one of this policy's languages (\(listed))\(hint)", at: entry.key.location)
                failed = true
                continue
            }
            if translations[code] != nil {
                context.error("'\(code)' is given twice for '\(name)'", at: entry.key.location)
                failed = true
                continue
            }
            guard let text = text(entry.value, name: "\(name).\(code)", context: context) else {
                failed = true
                continue
            }
            translations[code] = text
        }
        guard !failed else { return nil }
        guard translations[primary.code] != nil else {
            context.error("'\(name)' needs \(primary.englishName) ('\(primary.code)') text: \(primary.englishName) is the primary language, the one other languages fall back to", at: node.location)
            return nil
        }
        let missing = languages.filter { translations[$0.code] == nil }
        if !missing.isEmpty {
            context.warning("'\(name)' has no \(describe(missing[...])) text; \(primary.englishName) is used there. Add \(missing.map { "'\($0.code)'" }.joined(separator: " and "))", at: node.location)
        }
        return LocalizedText(translations)
    }

    static func localizedTextList(_ node: Node, name: String, context: DecodingContext) -> [LocalizedText]? {
        guard let items = list(node, name: name, of: "text", context: context) else { return nil }
        var result: [LocalizedText] = []
        var failed = false
        var inOneLanguage: [Node] = []
        for (index, item) in items.enumerated() {
            if item.isNull {
                context.error("expected text for item \(index + 1) of '\(name)', found \(item.foundDescription)", at: item.location)
                failed = true
                continue
            }
            if case .scalar(let scalar) = item.kind, scalar.text.isOnlyWhiteSpace {
                context.error("item \(index + 1) of '\(name)' is blank", at: item.location)
                failed = true
                continue
            }
            if case .sequence = item.kind {
                context.error("expected text for item \(index + 1) of '\(name)', found \(item.foundDescription)", at: item.location)
                failed = true
                continue
            }
            if let text = localizedText(item, name: name, translatable: true, context: context, quietAboutOneLanguage: true) {
                if case .scalar = item.kind { inOneLanguage.append(item) }
                result.append(text)
            } else {
                failed = true
            }
        }
        // One warning for the list: the fix, per-language items, is the same for each.
        if let first = inOneLanguage.first, context.languages.count > 1 {
            let what = inOneLanguage.count == items.count
                ? (items.count == 1 ? "has its item" : "has all \(items.count) items")
                : "has \(inOneLanguage.count) of \(items.count) items"
            warnOneLanguage(name, what: what, at: first.location, context: context)
        }
        return failed ? nil : result
    }

    /// "'how' is written in one language only; ...": the other languages' documents would
    /// show the text as written, so the warning says how to give it per language, or how to
    /// keep the built-in wording, which exists in every language.
    private static func warnOneLanguage(_ name: String, what: String, at location: SourceLocation, context: DecodingContext) {
        let languages = context.languages
        let example = "{" + languages.map { "\($0.code): ..." }.joined(separator: ", ") + "}"
        let subject = what == "is" ? "'\(name)' is" : "'\(name)' \(what)"
        context.warning("\(subject) written in one language only; \(describe(languages.dropFirst())) documents use it as written. Give each text per language, e.g. \(example), or leave '\(name)' out to use the built-in wording, where there is one, in every language", at: location)
    }

    /// "French", "French and Spanish".
    private static func describe(_ languages: ArraySlice<Language>) -> String {
        Language.english.listed(languages.map { $0.englishName })
    }

    private static func looksLikeLanguageCode(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
