import ArgumentParser
import ConveneLanguage

/// The last program `convene check` checked, kept until the process exits:
/// tearing down a large syntax tree costs as much as building it, and exit
/// frees it anyway. A global, because the optimizer may end a local's
/// lifetime before a call that never returns, `withExtendedLifetime` or not.
nonisolated(unsafe) private var lastCheckedProgram: CheckedProgram?

/// `convene check FILE...`: parse and check scripts, printing every problem found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and check scripts; errors as file:line:col with a caret.",
        discussion: "Exits 0 when no script has errors (warnings are allowed), 1 otherwise."
    )

    @OptionGroup var scripts: ScriptOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @ArgumentParser.Argument(help: ArgumentHelp("The scripts to check.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one script to check") }
    }

    func run() throws {
        var failed = false
        for file in files {
            let program = scripts.check(file)
            report(program.diagnostics, sources: program.sources)
            let blocking = program.diagnostics.contains { $0.isError || (strict && $0.severity == .warning) }
            failed = failed || blocking
            lastCheckedProgram = program
        }
        ExitStatus.end(with: failed ? ExitStatus.failure : ExitStatus.success)
    }
}
