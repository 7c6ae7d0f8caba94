/// Gives a settings value the type the schema wants, whatever it looks like:
/// `no` is text where text is wanted, and only true/false are booleans.
enum ValueReader {
    static func text(_ node: Node, name: String, context: DecodingContext) -> String? {
        guard case .scalar(let scalar) = node.kind else {
            context.error("expected text for '\(name)', found \(node.foundDescription)", at: node.location)
            return nil
        }
        var text = scalar.text
        if scalar.style == .literal || scalar.style == .folded {
            // Block scalars end with a line break the documents do not want.
            while text.last?.isNewline == true { text.removeLast() }
        }
        if text.isOnlyWhiteSpace {
            context.error("'\(name)' cannot be blank", at: node.location)
            return nil
        }
        return text
    }

    /// YAML 1.2 core schema booleans; `yes`/`no`/`on`/`off` are YAML 1.1 and read
    /// differently by different tools, so they are refused rather than guessed.
    static func bool(_ node: Node, name: String, context: DecodingContext) -> Bool? {
        if case .scalar(let scalar) = node.kind, scalar.style == .plain {
            switch scalar.text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        context.error("expected true or false for '\(name)', found \(node.foundDescription)", at: node.location)
        return nil
    }

    static func integer(_ node: Node, name: String, minimum: Int, context: DecodingContext) -> Int? {
        guard case .scalar(let scalar) = node.kind, scalar.style == .plain,
              let value = decimal(scalar.text)
        else {
            context.error("expected a whole number for '\(name)', found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard value >= minimum else {
            context.error("'\(name)' must be at least \(minimum), found \(value)", at: node.location)
            return nil
        }
        return value
    }

    /// Decimal digits with an optional sign, as the YAML 1.2 core schema reads them.
    private static func decimal(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        return negative ? -value : value
    }

    static func date(_ node: Node, name: String, context: DecodingContext) -> CalendarDate? {
        guard case .scalar(let scalar) = node.kind else {
            context.error("expected a date (YYYY-MM-DD) for '\(name)', found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard let date = CalendarDate(iso: scalar.text) else {
            context.error("'\(Node.shortened(scalar.text))' is not a valid date (YYYY-MM-DD)", at: node.location)
            return nil
        }
        return date
    }

    static func list(_ node: Node, name: String, of description: String, context: DecodingContext) -> [Node]? {
        guard case .sequence(let items) = node.kind else {
            context.error("expected a list of \(description) for '\(name)', found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard !items.isEmpty else {
            context.error("'\(name)' cannot be an empty list; give at least one item or leave the key out to use the defaults", at: node.location)
            return nil
        }
        return items
    }

    static func textList(_ node: Node, name: String, context: DecodingContext) -> [String]? {
        guard let items = list(node, name: name, of: "text", context: context) else { return nil }
        var result: [String] = []
        var failed = false
        for (index, item) in items.enumerated() {
            guard case .scalar = item.kind, !item.isNull else {
                context.error("expected text for item \(index + 1) of '\(name)', found \(item.foundDescription)", at: item.location)
                failed = true
                continue
            }
            if case .scalar(let scalar) = item.kind, scalar.text.isOnlyWhiteSpace {
                context.error("item \(index + 1) of '\(name)' is blank", at: item.location)
                failed = true
                continue
            }
            if let text = text(item, name: name, context: context) {
                result.append(text)
            } else {
                failed = true
            }
        }
        return failed ? nil : result
    }
}
