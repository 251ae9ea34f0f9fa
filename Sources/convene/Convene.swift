import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `convene` command: check, format, plan and run workshop scripts.
@main
struct Convene: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write, check and run facilitated workshops.",
        discussion: """
            A Convene script (.convene) describes a workshop: its stages and
            timeboxes, what to say, what to ask, how to vote and what to write down.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, FormatCommand.self, PlanCommand.self, TallyCommand.self, RunCommand.self, ResumeCommand.self, ExportCommand.self, ReplCommand.self]
    )

    /// Runs the command line, mapping usage mistakes to exit status 2 and
    /// reserving 1 for problems found in scripts.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error) + "\n")
                ExitStatus.end(with: ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses every subcommand uses.
enum ExitStatus {
    /// Nothing wrong (warnings allowed).
    static let success: Int32 = 0
    /// A script has errors, or a check failed.
    static let failure: Int32 = 1
    /// The command line itself was wrong.
    static let usage: Int32 = 2

    /// Ends the process at once with `status`.
    static func end(with status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
