import Diagnostics
import Load

/// A usage error in the user's language, with "có phải ý bạn là 'render'?" for a mistyped command,
/// option or value. ArgumentParser words its errors in English only: its message is read back into what
/// went wrong (``Problem``), then worded anew; a message of a shape not known here is kept as it is.
struct UsageMessage {
    /// What ArgumentParser refused.
    enum Problem: Equatable {
        case invalidValue(value: String, option: String, allowed: [String])
        case unexpected(arguments: [String])
        case unknownOption(String)
        case missingArgument(String)
        case missingValue(String)
        /// A message of our own `validate()` (already in the user's language) or of an unknown shape.
        case other(String)
    }

    let language: Language
    let words: CLIWords
    /// The subcommands, for "did you mean" on a mistyped command.
    let commands: [String]
    /// The command line after the program's name: a first word that is no command is the problem to name, even
    /// when ArgumentParser stops first at an option only the commands know (`daihoi rendr x --lang en`).
    var arguments: [String] = []

    /// The whole message: the problem, then the usage line and where help is, from ArgumentParser's `full`.
    func text(for full: String) -> String {
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines.first ?? ""
        let usage = lines.first { $0.hasPrefix("Usage: ") }
        let options = usage.map(Self.options(inUsage:)) ?? []
        var problem = Self.problem(first, lines: lines)
        if let word = arguments.first, !word.hasPrefix("-"), !commands.isEmpty, !commands.contains(word),
           usage?.hasPrefix("Usage: daihoi <") == true {
            problem = .unexpected(arguments: [word])
        }
        var out = "\(words.usageError): \(describe(problem, options: options))"
        if let usage {
            out += "\n" + (language == .vi ? HelpPage.localized(usage.replacingOccurrences(of: "Usage: ", with: "Cách dùng: "),
                                                                  language: .vi) : usage)
            let command = usage.dropFirst("Usage: ".count).split(separator: " ")
                .prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("-") }.joined(separator: " ")
            out += "\n  " + words.seeHelp(command)
        }
        return out
    }

    /// The problem in ArgumentParser's first line (and the "  - value" lines of a long list of values).
    static func problem(_ first: String, lines: [String]) -> Problem {
        let message = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        let quoted = quotedParts(message)
        if message.hasPrefix("The value '"), quoted.count >= 2 {
            var allowed = quotedParts(message.components(separatedBy: "Please provide one of").dropFirst().joined())
            if allowed.isEmpty {
                allowed = lines.filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
            }
            return .invalidValue(value: quoted[0], option: optionName(quoted[1]), allowed: allowed)
        }
        if message.hasPrefix("Unexpected argument") || message.contains("unexpected argument") {
            return .unexpected(arguments: quoted)
        }
        if message.hasPrefix("Unknown option"), let option = quoted.first { return .unknownOption(option) }
        if message.hasPrefix("Missing expected argument"), let argument = quoted.first { return .missingArgument(argument) }
        if message.hasPrefix("Missing value for"), let option = quoted.first { return .missingValue(optionName(option)) }
        return .other(message)
    }

    func describe(_ problem: Problem, options: [String]) -> String {
        let vi = language == .vi
        func hint(_ word: String, _ candidates: [String]) -> String {
            Suggestion.nearest(to: word, among: candidates).map { " — " + words.didYouMean($0) } ?? ""
        }
        switch problem {
        case let .invalidValue(value, option, allowed):
            let list = allowed.joined(separator: ", ")
            return (vi ? "giá trị '\(value)' không hợp lệ cho \(option)" : "the value '\(value)' is invalid for \(option)")
                + hint(value, allowed) + (vi ? " (chọn một trong: \(list))" : " (one of: \(list))")
        case let .unexpected(arguments):
            if let word = arguments.first, !word.hasPrefix("-"), let command = Suggestion.nearest(to: word, among: commands) {
                return (vi ? "không có lệnh '\(word)'" : "there is no command '\(word)'") + " — " + words.didYouMean(command)
            }
            let list = arguments.map { "'\($0)'" }.joined(separator: ", ")
            return vi ? "thừa tham số: \(list)" : "unexpected arguments: \(list)"
        case let .unknownOption(option):
            return (vi ? "không có tùy chọn '\(option)'" : "unknown option '\(option)'") + hint(option, options)
        case let .missingArgument(argument):
            return vi ? "thiếu tham số \(argument)" : "missing argument \(argument)"
        case let .missingValue(option):
            return vi ? "thiếu giá trị cho \(option)" : "missing a value for \(option)"
        case let .other(message):
            return message
        }
    }

    /// "'a', 'b' or 'c'" → ["a", "b", "c"].
    static func quotedParts(_ text: String) -> [String] {
        text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// "--doc <doc>" → "--doc".
    static func optionName(_ text: String) -> String {
        String(text.split(separator: " ").first ?? Substring(text))
    }

    /// Every `--option` of a usage line.
    static func options(inUsage usage: String) -> [String] {
        usage.split(whereSeparator: { " []".contains($0) }).filter { $0.hasPrefix("--") }.map(String.init)
    }
}
