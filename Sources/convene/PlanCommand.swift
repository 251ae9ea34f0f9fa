import ArgumentParser
import ConveneLanguage
import ConveneSession

/// `convene plan FILE`: the agenda with times, as Markdown.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the agenda with start times, as a facilitator prints it (Markdown).",
        discussion: """
            A parameter set with `--param` is written in wherever the script's text uses it, \
            and checked as `convene run` checks it. A parameter not set is shown by name, \
            `{focus}`, and the agenda lists its default.
            """
    )

    @OptionGroup var scripts: ScriptOptions

    @OptionGroup var parameters: ParameterOptions

    @Option(help: ArgumentHelp("When the workshop starts each day (HH:MM).", valueName: "time"))
    var start = "09:30"

    @ArgumentParser.Argument(help: ArgumentHelp("The workshop script.", valueName: "file"))
    var file: String

    func validate() throws {
        if TimeOfDay(parsing: start) == nil {
            throw ValidationError("--start takes a time of day such as 09:30, not `\(start)`")
        }
    }

    func run() throws {
        try reportingFailures {
            let settings = try parameters.settings()
            let program = scripts.check(file)
            report(program.diagnostics, sources: program.sources)
            guard program.isRunnable, let startTime = TimeOfDay(parsing: start) else { throw ExitCode(ExitStatus.failure) }
            let given = try PlanParameters.values(settings, program: program)
            print(AgendaPlanner(program: program, start: startTime, given: given).markdown(), terminator: "")
        }
    }
}
