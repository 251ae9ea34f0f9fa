import ArgumentParser
import ConveneSession

/// `convene export DIR`: rewrites a session's transcript and outputs from its journal.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Rewrite a session's transcript and outputs from its journal, without running anything.")

    @Argument(help: "The session folder.")
    var folder: String

    @Option(help: "The script, when it has moved since the session started.")
    var script: String?

    @OptionGroup var scripts: ScriptOptions

    func run() throws {
        try reportingFailures {
            let (journal, notice) = try Session.readJournal(folder: folder)
            let host = StandardIOHost()
            for message in ResumeMessages.messages(for: notice) { host.show(message) }
            let path = try sessionScript(recorded: journal.header.scriptPath, given: script, folder: folder, command: "export")
            let (program, bytes) = try scripts.runnable(path, ranWith: journal.scriptSHA256)
            let snapshot = try SessionSnapshot.replay(journal: journal, folder: folder, program: program)
            if SHA256.hex(of: bytes) != snapshot.state.scriptSHA256 {
                host.show(.warning("\(path) changed since this session ran; titles, grids and outputs follow the script as it is now"))
            }
            let report = OutputWriter(snapshot: snapshot).writeAll()
            for problem in report.problems { host.show(.error(problem, help: nil)) }
            host.show(.info("Wrote " + report.written.joined(separator: ", ") + " in \(folder)."))
            if !report.problems.isEmpty { throw ExitCode(ExitStatus.failure) }
        }
    }
}
