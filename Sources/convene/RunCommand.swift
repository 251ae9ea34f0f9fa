import ArgumentParser
import ConveneSession

/// `convene run FILE`: runs a workshop live, reading answers and `:commands`
/// from standard input, into a new session folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a workshop: type what the room says, one line at a time.",
        discussion: """
            Lines starting with `:` are commands (`:help` lists them); any other line answers \
            what is being asked. Every answer is saved to the session folder's journal before \
            it is acknowledged; continue an interrupted session with `convene resume DIR`.
            """)

    @Argument(help: "The workshop script.")
    var file: String

    @Option(name: .customLong("out"), help: "The session folder, new or empty (default: sessions/<script>-<date-time>/).")
    var out: String?

    @OptionGroup var parameters: ParameterOptions

    @Option(help: "Seed for random tie-breaks, to make a run repeatable (default: random).")
    var seed: UInt64?

    @OptionGroup var scripts: ScriptOptions

    func run() throws {
        try reportingFailures {
            let settings = try parameters.settings()
            let (program, bytes) = try scripts.runnable(file)
            let clock = SystemClock()
            let folder = out ?? "sessions/\(Paths.stem(of: file))-\(clock.now().compact(utcOffsetMinutes: clock.utcOffsetMinutes))"
            let session = try Session.start(
                program: program, scriptPath: AbsolutePath.of(file), scriptBytes: bytes, folder: folder,
                parameters: settings, seed: seed ?? UInt64.random(in: 0..<(1 << 53)), environment: SessionEnvironment(clock: clock, programName: ProgramName.asTyped))
            SessionRunning.run(session, host: TerminalSessionHost.forSession(session))
        }
    }
}
