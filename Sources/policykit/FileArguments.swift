/// swift-argument-parser copies a repeating positional argument's whole list each time it
/// adds a value, so parsing grows with the square of the count: ten thousand settings
/// files took seconds before the first was read. For `build` and `check`, the file
/// arguments are set aside before parsing and handed back to the parsed command.
enum FileArguments {
    /// The commands whose file lists may be long, with their options that take a value.
    static let commands: [String: Set<String>] = [
        "build": ["--out", "--format", "--pdf-engine", "--document", "--paper", "--width", "--templates"],
        "check": [],
    ]

    /// The arguments with every file but the first taken out, and all the files; nil when
    /// there is nothing to gain or the arguments are unusual (a `--` or an option missing
    /// its value), and ArgumentParser should see them all as usual.
    static func split(_ arguments: [String]) -> (arguments: [String], files: [String])? {
        guard let command = arguments.first, let valueOptions = commands[command] else { return nil }
        var kept = [command]
        var files: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("-"), argument != "-" {
                // Options, known or not, stay for ArgumentParser to read or refuse.
                kept.append(argument)
                if valueOptions.contains(argument) {
                    guard index + 1 < arguments.count else { return nil }
                    kept.append(arguments[index + 1])
                    index += 1
                }
            } else {
                files.append(argument)
            }
            index += 1
        }
        guard files.count > 1 else { return nil }
        kept.insert(files[0], at: 1)
        return (kept, files)
    }
}
