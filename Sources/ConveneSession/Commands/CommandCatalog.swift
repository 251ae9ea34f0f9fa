/// One `:command` the facilitator can type.
public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    /// How to type it: `:move IDS to THEME`.
    public var usage: String
    public var summary: String
    /// A line as a facilitator would type it, for `:help COMMAND`.
    public var example: String
    /// Which part of the workshop it belongs to, for `:help`.
    public var group: String
}

/// Every command, in the order `:help` lists them.
public enum CommandCatalog {
    public static let commands: [CommandSpec] = [
        CommandSpec(name: "next", aliases: ["n"], usage: ":next", summary: "finish this step and go on (a vote is counted)", example: ":next", group: "moving"),
        CommandSpec(name: "back", aliases: ["b"], usage: ":back", summary: "go back one step", example: ":back", group: "moving"),
        CommandSpec(name: "goto", aliases: [], usage: ":goto STAGE", summary: "jump to the start of a stage", example: ":goto sort", group: "moving"),
        CommandSpec(name: "skip", aliases: [], usage: ":skip", summary: "go on without finishing this step (a vote stays uncounted)", example: ":skip", group: "moving"),
        CommandSpec(name: "where", aliases: [], usage: ":where", summary: "show the stage, the step and what is being asked", example: ":where", group: "moving"),
        CommandSpec(name: "status", aliases: [], usage: ":status", summary: "where the room is and what it has collected so far", example: ":status", group: "moving"),
        CommandSpec(name: "list", aliases: ["ls"], usage: ":list", summary: "list what this step has so far (items, themes, ballots, positions, actions)", example: ":list", group: "moving"),
        CommandSpec(name: "themes", aliases: [], usage: ":themes", summary: "show every theme made so far, with its items", example: ":themes", group: "moving"),
        CommandSpec(name: "results", aliases: [], usage: ":results", summary: "show the last vote counted, best first", example: ":results", group: "moving"),
        CommandSpec(name: "grid", aliases: [], usage: ":grid [GRID]", summary: "draw a grid with the ideas placed on it", example: ":grid investment", group: "moving"),
        CommandSpec(name: "undo", aliases: [], usage: ":undo", summary: "take back the last change", example: ":undo", group: "moving"),
        CommandSpec(name: "pause", aliases: [], usage: ":pause [REASON]", summary: "save and stop; continue later with `convene resume`", example: ":pause lunch until 13:30", group: "moving"),
        CommandSpec(name: "quit", aliases: ["exit"], usage: ":quit", summary: "save and stop (same as :pause)", example: ":quit", group: "moving"),
        CommandSpec(name: "help", aliases: ["h", "?"], usage: ":help [COMMAND]", summary: "list the commands, or explain one", example: ":help move", group: "moving"),
        CommandSpec(name: "note", aliases: [], usage: ":note TEXT", summary: "write a note in the transcript", example: ":note Priya explained the focus", group: "items"),
        CommandSpec(name: "edit", aliases: [], usage: ":edit ID [TAG:] TEXT", summary: "change an item's text (and tag)", example: ":edit i12 lived: No one calls back", group: "items"),
        CommandSpec(name: "remove", aliases: ["rm", "delete"], usage: ":remove ID", summary: "remove an item, theme, ballot or note", example: ":remove i12", group: "items"),
        CommandSpec(name: "theme", aliases: [], usage: ":theme NAME[: IDS]", summary: "make a theme, optionally with items", example: ":theme Getting through: i3 i7", group: "clustering"),
        CommandSpec(name: "move", aliases: ["mv"], usage: ":move IDS to THEME", summary: "move items into a theme (THEME is t3 or its name)", example: ":move i3 i7 to Getting through", group: "clustering"),
        CommandSpec(name: "merge", aliases: [], usage: ":merge THEME into THEME", summary: "put one theme's items into another", example: ":merge t4 into t2", group: "clustering"),
        CommandSpec(name: "rename", aliases: [], usage: ":rename THEME to NAME", summary: "rename a theme", example: ":rename t2 to Getting through to anyone", group: "clustering"),
        CommandSpec(name: "vote", aliases: ["ballot"], usage: ":vote [VOTER:] MARKS", summary: "record a ballot: dots `t1=2 t3`, approval `t1 t3`, choice `t2`, ranking `t3 > t1 > t2`", example: ":vote Sam: t3 > t1 > t2", group: "voting"),
        CommandSpec(name: "tally", aliases: [], usage: ":tally OPTION=N …", summary: "record the room's totals, option by option", example: ":tally t1=7 t2=3 t3=0", group: "voting"),
        CommandSpec(name: "order", aliases: [], usage: ":order IDS", summary: "settle a tie: the tied options, best first", example: ":order t4 t2", group: "voting"),
        CommandSpec(name: "place", aliases: [], usage: ":place ID X Y", summary: "put an idea on the grid (1 = low end)", example: ":place i12 2 4", group: "grid"),
        CommandSpec(name: "nudge", aliases: [], usage: ":nudge ID DIRECTION [N]", summary: "move an idea N steps (default 1) higher, lower, left or right", example: ":nudge i12 down 2", group: "grid"),
        CommandSpec(name: "higher", aliases: ["up"], usage: ":higher ID [N]", summary: "nudge an idea up", example: ":higher i12", group: "grid"),
        CommandSpec(name: "lower", aliases: ["down"], usage: ":lower ID [N]", summary: "nudge an idea down", example: ":lower i12 2", group: "grid"),
        CommandSpec(name: "left", aliases: [], usage: ":left ID [N]", summary: "nudge an idea left", example: ":left i12", group: "grid"),
        CommandSpec(name: "right", aliases: [], usage: ":right ID [N]", summary: "nudge an idea right", example: ":right i12 2", group: "grid"),
        CommandSpec(name: "action", aliases: [], usage: ":action ID OWNER | FIRST STEP | YYYY-MM-DD", summary: "set an idea's action in one go (leave a part empty to keep it)", example: ":action i12 Dr Patel | Ask the PCN | 2026-07-31", group: "actions"),
        CommandSpec(name: "owner", aliases: [], usage: ":owner ID NAME", summary: "set who owns an idea's action", example: ":owner i12 Dr Patel", group: "actions"),
        CommandSpec(name: "step", aliases: ["first-step"], usage: ":step ID TEXT", summary: "set an action's first step", example: ":step i12 Ask the PCN", group: "actions"),
        CommandSpec(name: "due", aliases: ["date"], usage: ":due ID YYYY-MM-DD", summary: "set an action's date", example: ":due i12 2026-07-31", group: "actions"),
    ]

    /// The command a typed name stands for, by name or alias.
    public static func command(named name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        return commands.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// Every name and alias, for did-you-mean and completion.
    public static var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }.filter { $0.count > 1 }
    }

    /// The `:help` text: the commands of `groups` (all when nil), grouped,
    /// one per line.
    public static func helpLines(groups: [String]? = nil) -> [String] {
        var lines = ["Type an answer on its own line; a line starting with `:` is a command."]
        var group = ""
        for command in commands where groups?.contains(command.group) ?? true {
            if command.group != group {
                group = command.group
                lines.append("\(group):")
            }
            lines += helpLines(for: command)
        }
        return lines
    }

    /// `:help COMMAND`: how to type it, what it does, an example, and its
    /// other names.
    public static func helpLines(for command: CommandSpec, named typed: String) -> [String] {
        var lines = ["\(command.usage) — \(command.summary)", "Example: \(command.example)"]
        let others = ([command.name] + command.aliases).filter { $0 != typed }
        if !others.isEmpty { lines.append("Also typed as: " + others.map { ":" + $0 }.joined(separator: ", ")) }
        return lines
    }

    /// The group of commands a step of this kind works with.
    public static func group(for kind: StepKind) -> String {
        switch kind {
        case .talk, .prompt: "items"
        case .cluster: "clustering"
        case .vote: "voting"
        case .place: "grid"
        case .actions: "actions"
        }
    }

    /// The keys a terminal offers, for the end of `:help`.
    public static let keys = [
        "Keys: Tab completes; Up and Ctrl-R recall earlier lines;",
        "      Ctrl-C clears the line; Ctrl-D at an empty line pauses.",
    ]

    /// Where summaries start in `:help`, and the width its lines keep to,
    /// so the list reads on an 80-column terminal.
    private static let summaryColumn = 26
    private static let helpWidth = 80

    /// A command's usage and summary: side by side when the usage fits its
    /// column, else the summary under it; long summaries wrap.
    private static func helpLines(for command: CommandSpec) -> [String] {
        let indent = String(repeating: " ", count: summaryColumn)
        let summary = wrapped(command.summary, width: helpWidth - summaryColumn)
        let usage = "  " + command.usage
        var lines: [String] = []
        if usage.count <= summaryColumn - 2 {
            lines.append(usage + String(repeating: " ", count: summaryColumn - usage.count) + summary[0])
        } else {
            lines += [usage, indent + summary[0]]
        }
        return lines + summary.dropFirst().map { indent + $0 }
    }

    private static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}
