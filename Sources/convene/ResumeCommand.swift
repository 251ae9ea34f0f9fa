import ArgumentParser
import ConveneSession

/// `convene resume DIR`: continues a session exactly where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a session from its journal, at the same stage and step.")

    @Argument(help: "The session folder.")
    var folder: String

    @Option(help: "The script, when it has moved since the session started.")
    var script: String?

    @Flag(help: "Resume even though the script changed in parts that already ran.")
    var acceptChanges = false

    @OptionGroup var scripts: ScriptOptions

    func run() throws {
        try reportingFailures {
            let (journal, notice) = try Session.readJournal(folder: folder)
            let path = try sessionScript(recorded: journal.header.scriptPath, given: script, folder: folder, command: "resume")
            let (program, bytes) = try scripts.runnable(path, ranWith: journal.scriptSHA256)
            let (session, resumed) = try Session.resume(
                journal: consume journal, notice: notice, folder: folder, program: program, scriptBytes: bytes,
                acceptChanges: acceptChanges, environment: SessionEnvironment(programName: ProgramName.asTyped))
            SessionRunning.run(session, host: TerminalSessionHost.forSession(session), opening: ResumeMessages.messages(for: resumed))
        }
    }
}
