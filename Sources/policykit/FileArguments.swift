import ArgumentParser

/// swift-argument-parser (1.8.2) stores each value of a repeating positional argument by
/// copying the list of those before it and the set of their positions, so parsing grows
/// with the square of the count: ten thousand settings files take seconds before the
/// first is read. For `build` and `check`, whose file lists may be that long, the files
/// are set aside before parsing and handed to the parsed command; ArgumentParser still
/// sees the first one, and every option, so usage errors and help are its own.
enum FileArguments {
    /// The commands whose file lists may be long, with their options that take a value.
    /// An option added to one of these commands must be added here too, or its value
    /// would be taken for a file.
    static let commands: [String: Set<String>] = [
        "build": ["--out", "--format", "--pdf-engine", "--document", "--paper", "--width", "--templates"],
        "check": ["--paper", "--templates"],
    ]

    /// The command the arguments (without the program's name) ask for.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        guard let split = split(arguments) else { return try PolicyKitCommand.parseAsRoot(arguments) }
        let command = try PolicyKitCommand.parseAsRoot(split.arguments)
        if var build = command as? BuildCommand {
            build.settings = split.files
            return build
        }
        if var check = command as? CheckCommand {
            check.files = split.files
            return check
        }
        return command
    }

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
