import ConveneLanguage
import ConveneSession
import ConveneText

extension LanguageRepl {
    /// One line introducing the REPL, for the start of an interactive run.
    public static let banner = "Convene language REPL. :help lists the commands; Ctrl-D leaves."

    /// The commands of the language REPL.
    public static let commands = CommandTable([
        CommandHelp(
            name: "help", arguments: "[COMMAND]", summary: "List the commands, or explain one.",
            details: "Example: `:help load`."),
        CommandHelp(
            name: "load", arguments: "FILE", summary: "Start over from a script file.",
            details: """
                Forgets what was defined and takes the file's declarations instead; what you
                type next adds to them, and a declaration with a name already defined
                replaces it. When declarations typed since the last :load or :save would be
                forgotten, it waits: :save them, or type the same :load again. Imports are
                found next to the file or in the --lib folders.
                Example: `:load Examples/retrospective.convene`.
                """),
        CommandHelp(
            name: "save", arguments: "[FILE]", summary: "Save what is defined as a script file.",
            details: """
                Writes every definition, formatted as `convene fmt` would, to FILE, or to the
                file last loaded or saved when no FILE is given. Another file already at FILE
                is not overwritten, and neither is a file that checks when what is defined has
                errors (:check lists them): save a draft to a new FILE instead.
                Example: `:save my-workshop.convene`.
                """),
        CommandHelp(
            name: "check", summary: "Check everything defined so far, as `convene check` would.",
            details: """
                Shows every error and warning, including a missing workshop block and
                collections nobody uses, which the REPL does not mention as you type.
                """),
        CommandHelp(
            name: "ast", arguments: "[INPUT]", summary: "Show the syntax tree of INPUT, or of the last input.",
            details: "Example: `:ast 1h + 30m * 2` shows how the operators group."),
        CommandHelp(
            name: "plan", arguments: "[HH:MM]", summary: "Show the agenda of what is defined, with times.",
            details: """
                The workshop starts at 09:30 unless a time is given. What is said and asked
                shows the values of the `let`s defined here, as a rehearsal says them; what
                is only known during the workshop stays as written, `{idea.text}`.
                Example: `:plan 13:00`.
                """),
        CommandHelp(
            name: "run", arguments: "STAGE[..LAST]", summary: "Rehearse a stage (or a run of them) as the facilitator would.",
            details: """
                Runs the stage in a throw-away session with everything defined so far: type
                answers and commands (`:next`, `:list`, `:grid` …) as in `convene run`. The
                rehearsal ends when the stage is over, or with :stop or Ctrl-D; nothing is kept,
                and what earlier stages collect starts empty, so a stage that goes through an
                earlier vote's result is rehearsed from that vote's stage: `:run choose..fix`.
                A workshop block is made up if none is defined. Example: `:run gather`.
                """),
        CommandHelp(
            name: "defs", summary: "List what is defined: the workshop, stages, grids, activities, values.",
            details: ""),
        CommandHelp(
            name: "reset", summary: "Forget every definition and value.",
            details: ""),
        CommandHelp(
            name: "quit", summary: "Leave the REPL (Ctrl-D does too).",
            details: ""),
    ])

    func run(_ command: TypedCommand) -> String {
        switch command.name {
        case "help":
            return command.argument.isEmpty
                ? "Commands:\n" + Self.commands.overview
                    + "Anything else is Convene: a statement, an expression or a declaration.\n"
                : Self.commands.help(for: command.argument)
        case "load": return load(command.argument)
        case "save": return save(to: command.argument)
        case "check": return checkAll()
        case "ast": return syntaxTree(of: command.argument)
        case "plan": return plan(startingAt: command.argument)
        case "run": return rehearse(command.argument)
        case "defs": return listDefinitions()
        case "reset":
            definitions.reset()
            files.startOver(loading: nil, checks: false)
            return "Forgot every definition.\n"
        case "quit":
            quit()
            return ""
        default:
            if CommandCatalog.commands.contains(where: { $0.name == command.name || $0.aliases.contains(command.name) }) {
                return "`:\(command.name)` is a facilitator's command: it works while a stage is rehearsed. "
                    + "Start one with :run STAGE.\n"
            }
            return Self.commands.unknown(command.name)
        }
    }

    private func load(_ path: String) -> String {
        guard !path.isEmpty else { return "Which file? Usage: :load FILE\n" }
        let source: SourceFile
        do {
            source = try loader.forScript(at: path).load(path)
        } catch {
            return "Cannot load `\(path)`: \(Self.reason(error)).\n"
        }
        let parsed = Parser.parse(source)
        if parsed.diagnostics.contains(where: \.isError) {
            return DiagnosticRenderer(sources: [source]).render(parsed.diagnostics)
                + "Nothing loaded: fix these syntax errors first.\n"
        }
        if let warning = loadWouldForget(path) { return warning }
        definitions.load(parsed.syntax)
        let program = checkDefinitions()
        files.startOver(loading: path, checks: !program.diagnostics.contains(where: \.isError))
        let diagnostics = program.diagnostics.filter { !Self.deferredCodes.contains($0.code) || $0.code == .timeboxesOverrun }
        return DiagnosticRenderer(sources: sources(of: program)).render(diagnostics)
            + "Loaded \(path): \(Self.summary(of: parsed.syntax.declarations)).\n"
    }

    private func checkAll() -> String {
        guard !definitions.isEmpty else { return "Nothing is defined yet.\n" }
        let program = checkDefinitions()
        guard !program.diagnostics.isEmpty else { return "No problems found.\n" }
        let errors = program.diagnostics.filter(\.isError).count
        let warnings = program.diagnostics.count - errors
        return DiagnosticRenderer(sources: sources(of: program)).render(program.diagnostics)
            + "\(Plural.count(errors, "error")), \(Plural.count(warnings, "warning")).\n"
    }

    private func syntaxTree(of argument: String) -> String {
        let input: ReplInput
        if argument.isEmpty {
            guard let last = lastInput else { return "Nothing typed yet; try `:ast 1 + 2 * 3`.\n" }
            input = last
        } else {
            let source = SourceFile(path: ReplDefinitions.typedPath, text: argument)
            let (parsed, diagnostics) = Parser.parseReplInput(source)
            guard let parsed else { return DiagnosticRenderer(sources: [source]).render(diagnostics) }
            input = parsed
        }
        switch input {
        case .declarations(let declarations):
            let file = SyntaxFile(source: SourceFile(path: "", bytes: []), declarations: declarations, comments: [])
            return SyntaxDump.dump(file)
        case .statements(let statements):
            return statements.map { SyntaxDump.dump($0) + "\n" }.joined()
        case .expression(let expression):
            return SyntaxDump.dump(expression) + "\n"
        }
    }

    private func plan(startingAt argument: String) -> String {
        guard let start = TimeOfDay(parsing: argument.isEmpty ? "09:30" : argument) else {
            return "`\(argument)` is not a time of day; try `:plan 09:30`.\n"
        }
        let program = checkDefinitions()
        guard program.isRunnable, !program.stages.isEmpty else {
            let errors = program.diagnostics.filter(\.isError)
            let rendered = DiagnosticRenderer(sources: sources(of: program)).render(errors)
            return rendered + "No agenda yet: " + (errors.isEmpty ? "define a stage first" : "fix these errors first") + ".\n"
        }
        // The values of the REPL's `let`s are written in, as a rehearsal would say them.
        return AgendaPlanner(program: program, start: start, filling: Set(program.globals.map(\.name.name))).markdown()
    }

    private func rehearse(_ argument: String) -> String {
        let stages = stageNames
        guard !argument.isEmpty else {
            return "Which stage? Usage: :run STAGE or :run FIRST..LAST" + (stages.isEmpty ? "; no stage is defined yet" : " (the stages are: \(stages.joined(separator: ", ")))") + ".\n"
        }
        let bounds = argument.split(separator: "..", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
        for stage in bounds where !stages.contains(stage) {
            let hint = Suggestions.closest(to: stage, in: stages).map { " Did you mean `\($0)`?" }
                ?? (stages.isEmpty ? " No stage is defined yet." : " The stages are: \(stages.joined(separator: ", ")).")
            return "There is no stage `\(stage)`.\(hint)\n"
        }
        guard bounds.count <= 2, let first = stages.firstIndex(of: bounds[0]), let last = stages.firstIndex(of: bounds[bounds.count - 1]),
              first <= last else {
            return "Name one stage, or the first and last of a run of them in order: `:run \(stages[0])..\(stages[stages.count - 1])`.\n"
        }
        let stage = bounds[0]
        let (script, _) = definitions.script(
            adding: hasWorkshop ? "" : "workshop \"Rehearsal\" {}", prefix: "", suffix: "")
        let checked = ScriptChecker(loader: loader).check(Parser.parse(script))
        guard checked.isRunnable else {
            var program = checked
            program.diagnostics = checked.diagnostics.filter(\.isError).map(definitions.relocate)
            return DiagnosticRenderer(sources: sources(of: program)).render(program.diagnostics)
                + "Cannot rehearse `\(stage)`: fix these errors first.\n"
        }
        do throws(SessionError) {
            let rehearsal = try Rehearsal(
                program: checked, script: script, stages: Array(stages[first...last]), foldingWidth: foldingWidth)
            let opening = rehearsal.opening()
            if !rehearsal.isOver { pendingRehearsal = rehearsal }
            return opening
        } catch {
            return "Cannot rehearse `\(stage)`: \(error.message)\n" + (error.help.map { "help: \($0)\n" } ?? "")
        }
    }

    private var hasWorkshop: Bool {
        Parser.parse(definitions.script).syntax.declarations.contains { declaration in
            if case .workshop = declaration.kind { true } else { false }
        }
    }

    private func listDefinitions() -> String {
        let declarations = Parser.parse(definitions.script).syntax.declarations
        guard !declarations.isEmpty else { return "Nothing is defined yet.\n" }
        return declarations.map { Self.outline(of: $0.kind) + "\n" }.joined()
    }

    /// One line naming a declaration, for `:defs`.
    static func outline(of kind: DeclarationKind) -> String {
        func titled(_ literal: StringLiteral?) -> String {
            literal?.plainText.map { " “\($0)”" } ?? ""
        }
        switch kind {
        case .workshop(let workshop): return "workshop" + titled(workshop.title)
        case .stage(let stage):
            let timebox = if case .duration(let seconds) = stage.timebox.kind { " for " + formatDuration(seconds: seconds) } else { "" }
            return "stage \(stage.name.name)" + titled(stage.title) + timebox
        case .activity(let activity):
            return "activity \(activity.name.name)(" + activity.parameters.map(\.name.name).joined(separator: ", ") + ")"
        case .grid(let grid): return "grid \(grid.name.name)" + titled(grid.title)
        case .letBinding(let binding): return "let \(binding.name.name)"
        case .importFile(let file): return "import" + titled(file.path)
        case .output(let output):
            let subject = if case .name(let name)? = output.subject?.kind { " " + name } else { "" }
            return "output \(output.format.name)\(subject) to" + titled(output.path)
        case .breakTime(let pause): return "break" + titled(pause.title)
        case .day(let day): return "day" + titled(day.title)
        case .invalid: return "(unreadable declaration)"
        }
    }

    /// "3 stages, 1 grid and 2 activities"
    static func summary(of declarations: [Declaration]) -> String {
        var counts: [(String, Int)] = [("workshop", 0), ("stage", 0), ("grid", 0), ("activity", 0), ("value", 0)]
        for declaration in declarations {
            let index: Int? = switch declaration.kind {
            case .workshop: 0
            case .stage: 1
            case .grid: 2
            case .activity: 3
            case .letBinding: 4
            default: nil
            }
            if let index { counts[index].1 += 1 }
        }
        let parts = counts.filter { $0.1 > 0 }.map { Plural.count($0.1, $0.0) }
        guard let last = parts.last else { return "nothing to define" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    }

    static func reason(_ error: any Error) -> String {
        switch error as? SourceLoadError {
        case .notFound?: "there is no such file"
        case .outsideLibrary?: "it is outside the folders scripts may read"
        case .unreadable(_, let why)?: why
        case nil: "\(error)"
        }
    }
}
