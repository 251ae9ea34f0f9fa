import ArgumentParser
import ConveneLanguage

/// `convene plan FILE`: the agenda with times, as Markdown.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the agenda with start times, as a facilitator prints it (Markdown)."
    )

    @OptionGroup var scripts: ScriptOptions

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
        let program = scripts.check(file)
        report(program.diagnostics, sources: program.sources)
        guard program.isRunnable, let startTime = TimeOfDay(parsing: start) else { throw ExitCode(ExitStatus.failure) }
        print(AgendaPlanner(program: program, start: startTime).markdown(), terminator: "")
    }
}
