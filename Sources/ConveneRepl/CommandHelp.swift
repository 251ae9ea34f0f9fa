import ConveneLanguage

/// One REPL command as `:help` describes it.
public struct CommandHelp: Sendable, Equatable {
    /// The name without its colon: `load`.
    public var name: String
    /// What follows the name, as shown in help: `FILE`, `[COMMAND]`.
    public var arguments: String
    /// One line saying what the command does.
    public var summary: String
    /// A fuller explanation, with examples, for `:help NAME`.
    public var details: String

    public init(name: String, arguments: String = "", summary: String, details: String) {
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.details = details
    }

    /// `:load FILE`
    public var usage: String {
        arguments.isEmpty ? ":\(name)" : ":\(name) \(arguments)"
    }
}

/// The commands a REPL understands, for `:help`, completion and "did you mean".
public struct CommandTable: Sendable {
    public let commands: [CommandHelp]

    public init(_ commands: [CommandHelp]) {
        self.commands = commands
    }

    /// The command with this name (with or without its colon).
    public func command(named name: String) -> CommandHelp? {
        let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return commands.first { $0.name == bare }
    }

    /// Every command as typed, `:help` first: for Tab completion.
    public var typedNames: [String] { commands.map { ":" + $0.name } }

    /// What to say about a command nobody knows, with the likeliest one meant.
    public func unknown(_ name: String) -> String {
        let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
        var text = "Unknown command `:\(bare)`."
        if let suggestion = Suggestions.closest(to: bare, in: commands.map(\.name)) {
            text += " Did you mean `:\(suggestion)`?"
        }
        return text + " Type :help to see every command.\n"
    }

    /// The list `:help` shows: usage and summary, aligned.
    public var overview: String {
        let width = commands.map(\.usage.count).max() ?? 0
        return commands.map { command in
            let padding = String(repeating: " ", count: width - command.usage.count + 2)
            return "  " + command.usage + padding + command.summary + "\n"
        }.joined()
    }

    /// `:help NAME`: usage, summary and details, or the unknown-command text.
    public func help(for name: String) -> String {
        guard let command = command(named: name) else { return unknown(name) }
        var text = command.usage + "\n  " + command.summary + "\n"
        if !command.details.isEmpty {
            text += "\n" + command.details.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }
}

/// A command line typed at a REPL: `:name rest of the line`.
public struct TypedCommand: Sendable, Equatable {
    public var name: String
    /// Everything after the name, trimmed.
    public var argument: String

    public init(name: String, argument: String) {
        self.name = name
        self.argument = argument
    }

    /// Splits a line starting with `:`; nil for any other line.
    public init?(_ line: String) {
        let trimmed = line.drop(while: \.isWhitespace)
        guard trimmed.first == ":" else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        self.name = String(name)
        self.argument = String(body.dropFirst(name.count).trimmingWhitespace())
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
