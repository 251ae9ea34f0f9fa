#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import ConveneLanguage
import ConveneText

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
        var (errors, warnings, withProblems) = (0, 0, 0)
        for file in files {
            let program = scripts.check(file)
            report(program.diagnostics, sources: program.sources)
            let blocking = program.diagnostics.contains { $0.isError || (strict && $0.severity == .warning) }
            failed = failed || blocking
            errors += program.diagnostics.filter(\.isError).count
            warnings += program.diagnostics.filter { $0.severity == .warning }.count
            withProblems += program.diagnostics.isEmpty ? 0 : 1
            lastCheckedProgram = program
        }
        reportTotals(errors: errors, warnings: warnings, inScripts: withProblems)
        ExitStatus.end(with: failed ? ExitStatus.failure : ExitStatus.success)
    }

    /// One line after the diagnostics: how many of each, in which scripts
    /// (`3 errors in 2 of 3 scripts`). With none, a person at a terminal is
    /// told so; a script or a pipe gets silence.
    private func reportTotals(errors: Int, warnings: Int, inScripts withProblems: Int) {
        guard errors + warnings > 0 else {
            let checked = files.count == 1 ? files[0] : Plural.count(files.count, "script")
            if isatty(STDOUT_FILENO) == 1 { writeAll("No problems in \(checked).\n", to: STDOUT_FILENO) }
            return
        }
        let counts = [(errors, "error"), (warnings, "warning")].filter { $0.0 > 0 }.map { Plural.count($0.0, $0.1) }
        let scripts = files.count == 1 ? files[0] : "\(withProblems) of \(Plural.count(files.count, "script"))"
        printError(counts.joined(separator: " and ") + " in \(scripts).\n")
    }
}
