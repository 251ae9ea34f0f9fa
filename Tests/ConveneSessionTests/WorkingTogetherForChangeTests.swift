import ConveneLanguage
import ConveneSession
import Foundation
import Testing

/// Runs the reference workshop end to end from typed input, on a fixed clock
/// and seed, and compares the console, the journal, the transcript and every
/// output with the expected files in Fixtures/wtfc/expected. Set
/// CONVENE_UPDATE_GOLDEN=1 to rewrite them (then read the diff critically).
@Suite struct WorkingTogetherForChangeTests {
    static let scriptPath = "Examples/working-together-for-change.convene"
    static let libraryPath = "Examples/library/warm-ups.convene"

    @Test func runsTheWholeWorkshopFromTypedInput() throws {
        let folder = TestSupport.temporaryFolder()
        let console = try Self.run(into: folder)
        let expected = TestSupport.fixtures + "/wtfc/expected"
        var produced = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        produced.append("console.txt")
        let update = ProcessInfo.processInfo.environment["CONVENE_UPDATE_GOLDEN"] == "1"
        if update {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
        }
        for name in produced {
            let actual = name == "console.txt" ? console : TestSupport.read(folder + "/" + name)
            if update {
                try actual.write(toFile: expected + "/" + name, atomically: true, encoding: .utf8)
            } else {
                #expect(actual == TestSupport.read(expected + "/" + name), "\(name) differs from the expected file")
            }
        }
        let expectedNames = try FileManager.default.contentsOfDirectory(atPath: expected).sorted()
        #expect(expectedNames == produced.sorted())
    }

    /// Feeds input.txt to a session of the example. When the facilitator
    /// pauses, the session is resumed from its journal the next morning.
    static func run(into folder: String) throws -> String {
        let program = try Self.program()
        let bytes = Array(try String(contentsOfFile: TestSupport.packageRoot + "/" + scriptPath, encoding: .utf8).utf8)
        var day = 3
        let session = try Session.start(
            program: program, scriptPath: scriptPath, scriptBytes: bytes, folder: folder, parameters: [], seed: 42,
            environment: SessionEnvironment(clock: clock(day: day)))
        var interpreter = CommandInterpreter(session: session)
        var console = interpreter.opening().map(MessageRenderer.render)
        let input = try String(contentsOfFile: TestSupport.fixtures + "/wtfc/input.txt", encoding: .utf8)
        for line in input.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if interpreter.hasStopped {
                day += 1
                let (journal, notice) = try Session.readJournal(folder: folder)
                let (resumed, _) = try Session.resume(
                    journal: journal, notice: notice, folder: folder, program: program, scriptBytes: bytes,
                    environment: SessionEnvironment(clock: clock(day: day)))
                interpreter = CommandInterpreter(session: resumed)
                console.append("")
                console.append("$ convene resume")
                console += interpreter.opening().map(MessageRenderer.render)
            }
            console.append(interpreter.prompt + line)
            console += interpreter.handle(String(line)).map(MessageRenderer.render)
        }
        #expect(interpreter.session.isFinished)
        #expect(!interpreter.hasStopped)
        console += interpreter.endOfInput().map(MessageRenderer.render)
        #expect(interpreter.hasStopped)
        return console.joined(separator: "\n").replacingOccurrences(of: folder, with: "SESSION") + "\n"
    }

    /// The example and its library, read from the package under their relative paths.
    static func program() throws -> CheckedProgram {
        var files: [String: String] = [:]
        for path in [scriptPath, libraryPath] {
            files[path] = try String(contentsOfFile: TestSupport.packageRoot + "/" + path, encoding: .utf8)
        }
        let program = ScriptChecker(loader: InMemorySourceLoader(files: files)).check(path: scriptPath)
        #expect(program.isRunnable, "\(DiagnosticRenderer(sources: program.sources).render(program.diagnostics))")
        return program
    }

    /// 09:30 UTC on 2025-06-`day`, moving on 20 seconds per event.
    static func clock(day: Int) -> SteppingClock {
        SteppingClock(start: Timestamp(year: 2025, month: 6, day: day, hour: 9, minute: 30), stepSeconds: 20)
    }
}
