/// Checks a set of parsed templates before anything is filled: every name a template uses
/// must be declared by the context's shape, with the right kind for how it is used, and an
/// optional setting may only be used inside a section on it; every partial must exist; and
/// partials may not include each other in a cycle (filling would never end).
///
/// Partials are checked where they are included, with the includer's sections in force,
/// so a partial meant for one ladder step may use that step's names.
struct TemplateChecker {
    /// Parsed templates of one language, keyed by their name in templates (`partials/reporting`).
    let templates: [String: [TemplateElement]]
    /// Where each template's messages point (`en/partials/reporting.md`), by name.
    let paths: [String: String]
    let shape: ContextShape

    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    init(templates: [String: [TemplateElement]], paths: [String: String], shape: ContextShape) {
        self.templates = templates
        self.paths = paths
        self.shape = shape
    }

    /// One level of the context stack: what the names visible there are, and the dotted
    /// path it was reached by (list items end in `[]`).
    private struct Frame {
        var shape: ContextShape
        var path: String
    }

    private struct Scope {
        var frames: [Frame]
        /// Absolute paths of optional settings whose section encloses the current tag.
        var guarded: Set<String>
        /// The templates being expanded, outermost first, to catch cycles.
        var chain: [String]
    }

    mutating func check(document name: String) {
        let scope = Scope(frames: [Frame(shape: shape, path: "")], guarded: [], chain: [name])
        check(templates[name] ?? [], in: name, scope: scope)
    }

    private mutating func check(_ elements: [TemplateElement], in template: String, scope: Scope) {
        for element in elements {
            switch element {
            case .text:
                continue
            case .variable(let name, _, let location):
                guard let resolved = resolve(name, in: template, at: location, scope: scope, asSection: false) else { continue }
                switch resolved.shape.unwrapped {
                case .text, .number:
                    break
                default:
                    report("'\(name)' is \(resolved.shape.unwrapped.kindDescription); use it as a section ({{#\(name)}}...{{/\(name)}}), not as a value", in: template, at: location)
                }
            case .section(let name, let inverted, let children, let location):
                guard let resolved = resolve(name, in: template, at: location, scope: scope, asSection: true) else {
                    check(children, in: template, scope: scope)
                    continue
                }
                var inner = scope
                if !inverted {
                    if case .optional = resolved.shape { inner.guarded.insert(resolved.path) }
                    switch resolved.shape.unwrapped {
                    case .flag:
                        break
                    case .list(let item):
                        inner.frames.append(Frame(shape: item, path: resolved.path + "[]"))
                    default:
                        inner.frames.append(Frame(shape: resolved.shape.unwrapped, path: resolved.path))
                    }
                }
                check(children, in: template, scope: inner)
            case .partial(let name, _, let location):
                include(name, from: template, at: location, scope: scope)
            case .parent(let name, _, let blocks, let location):
                check(blocks, in: template, scope: scope)
                include(name, from: template, at: location, scope: scope)
            case .block(_, let children, _):
                check(children, in: template, scope: scope)
            }
        }
    }

    private mutating func include(_ name: String, from template: String, at location: SourceLocation, scope: Scope) {
        guard let elements = templates[name] else {
            let known = templates.keys.filter { $0.hasPrefix("partials/") }.sorted()
            var message = "unknown partial '\(name)'"
            if let suggestion = NameSuggestion.nearest(to: name, among: known) {
                message += "; did you mean '\(suggestion)'?"
            }
            report(message, in: template, at: location)
            return
        }
        if let start = scope.chain.firstIndex(of: name) {
            let cycle = (scope.chain[start...] + [name]).joined(separator: " -> ")
            report("partials include each other in a cycle: \(cycle)", in: template, at: location)
            return
        }
        var inner = scope
        inner.chain.append(name)
        check(elements, in: name, scope: inner)
    }

    private struct Resolved {
        var shape: ContextShape
        var path: String
    }

    /// Finds a name as filling does (`TemplateRenderer`): the first component in the
    /// innermost frame that declares it, the rest within that value.
    private mutating func resolve(_ name: TemplateName, in template: String, at location: SourceLocation, scope: Scope, asSection: Bool) -> Resolved? {
        if name.isCurrentItem {
            let top = scope.frames.last!
            return Resolved(shape: top.shape, path: top.path)
        }
        let components = name.components
        var found: (shape: ContextShape, path: String)? = nil
        for frame in scope.frames.reversed() {
            if case .object(let fields) = frame.shape, let field = fields[components[0]] {
                found = (field, frame.path.isEmpty ? components[0] : frame.path + "." + components[0])
                break
            }
        }
        guard var (current, path) = found else {
            reportUnknown(name, in: template, at: location, scope: scope)
            return nil
        }
        for (offset, component) in components.enumerated() {
            if offset > 0 {
                guard case .object(let fields) = current.unwrapped, let field = fields[component] else {
                    reportUnknown(name, in: template, at: location, scope: scope)
                    return nil
                }
                current = field
                path += "." + component
            }
            let isLast = offset == components.count - 1
            if case .optional = current, !(isLast && asSection), !scope.guarded.contains(path) {
                let shown = components[0...offset].joined(separator: ".")
                report("'\(shown)' is optional and may be left out; use it inside {{#\(shown)}}...{{/\(shown)}}", in: template, at: location)
                return nil
            }
        }
        return Resolved(shape: current, path: path)
    }

    private mutating func reportUnknown(_ name: TemplateName, in template: String, at location: SourceLocation, scope: Scope) {
        var candidates: [String] = []
        for frame in scope.frames {
            candidates += frame.shape.dottedNames()
        }
        var message = "unknown name '\(name)'"
        if let suggestion = NameSuggestion.nearest(to: name.text, among: candidates) {
            message += "; did you mean '\(suggestion)'?"
        }
        report(message, in: template, at: location)
    }

    private mutating func report(_ message: String, in template: String, at location: SourceLocation) {
        let diagnostic = Diagnostic.error(message, path: paths[template] ?? template, at: location)
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}

extension ContextShape {
    var unwrapped: ContextShape {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }

    /// Every name reachable from here without entering a list: `organisation.name`, ...
    func dottedNames(prefix: String = "") -> [String] {
        guard case .object(let fields) = unwrapped else { return [] }
        var names: [String] = []
        for key in fields.keys.sorted() {
            let name = prefix.isEmpty ? key : prefix + "." + key
            names.append(name)
            names += fields[key]!.dottedNames(prefix: name)
        }
        return names
    }
}

/// The closest known name to a misspelt one, for "did you mean" hints.
enum NameSuggestion {
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let limit = max(2, name.count / 3)
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = editDistance(Array(name), Array(candidate))
            if distance <= limit, best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
