import Foundation

// Usage: template-embedder TEMPLATES_DIR OUTPUT.swift
//
// Writes a Swift file holding every `.md` file under TEMPLATES_DIR, keyed by its path
// relative to that folder (`en/poster.md`), sorted so the output is deterministic.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: template-embedder TEMPLATES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var files: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
    for case let url as URL in walker where url.pathExtension == "md" {
        let path = url.standardizedFileURL.path
        let relative = String(path.dropFirst(root.path.count + 1))
        files.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
}
files.sort { $0.0 < $1.0 }

/// A Swift string literal that reads back as exactly `text`.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

var source = "// Generated from Templates/ by template-embedder. Do not edit.\n\n"
source += "let builtInTemplateSources: [String: String] = [\n"
for (name, text) in files {
    source += "    \(literal(name)): \(literal(text)),\n"
}
source += "]\n"
if files.isEmpty { source = source.replacingOccurrences(of: "[\n]", with: "[:]") }
// Debug and release builds run this tool in turn on the same output; rewriting an
// unchanged file would make each recompile the whole library.
if (try? Data(contentsOf: output)) != Data(source.utf8) {
    try Data(source.utf8).write(to: output, options: .atomic)
}
