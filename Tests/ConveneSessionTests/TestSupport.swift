import ConveneLanguage
import ConveneSession
import Foundation

/// Helpers shared by the session tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The fixtures folder of this test target, in the source tree (golden files are rewritten there).
    static let fixtures = packageRoot + "/Tests/ConveneSessionTests/Fixtures"

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "convene-\(safe)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A script checked from text, as if it were the file `path`.
    static func program(_ text: String, path: String = "test.convene", files: [String: String] = [:]) -> CheckedProgram {
        var all = files
        all[path] = text
        return ScriptChecker(loader: InMemorySourceLoader(files: all)).check(path: path)
    }

    /// The fixed clock tests run on: 2025-06-03 09:30 UTC, 20 seconds per event.
    static func clock() -> SteppingClock {
        SteppingClock(start: Timestamp(year: 2025, month: 6, day: 3, hour: 9, minute: 30), stepSeconds: 20)
    }

    /// Starts a session of a script in a new folder.
    static func start(
        _ text: String, folder: String? = nil, parameters: [ParameterSetting] = [], limits: EvaluationLimits = .standard,
        openJournal: ((String) throws(StorageError) -> JournalStorage)? = nil
    ) throws -> Session {
        let program = program(text)
        var environment = SessionEnvironment(clock: clock(), limits: limits)
        if let openJournal { environment.openJournal = openJournal }
        return try Session.start(
            program: program, scriptPath: "test.convene", scriptBytes: Array(text.utf8),
            folder: folder ?? temporaryFolder(), parameters: parameters, seed: 42, environment: environment)
    }

    /// Resumes the session in `folder` with the script `text`.
    static func resume(_ text: String, folder: String, acceptChanges: Bool = false) throws -> (Session, ResumeNotice) {
        let (journal, notice) = try Session.readJournal(folder: folder)
        return try Session.resume(
            journal: journal, notice: notice, folder: folder, program: program(text), scriptBytes: Array(text.utf8),
            acceptChanges: acceptChanges, environment: SessionEnvironment(clock: clock()))
    }

    /// Feeds lines to an interpreter and returns everything it showed, as text.
    @discardableResult
    static func feed(_ interpreter: CommandInterpreter, _ lines: [String]) -> [String] {
        lines.flatMap { interpreter.handle($0) }.map(MessageRenderer.render)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
