import ConveneLanguage
@testable import ConveneRepl
@testable import ConveneSession
import Foundation
import Testing

/// The facilitator's prompt, the stage clock, the timebox notice and Tab's
/// words, on a session run with a clock the test moves.
@Suite struct RoomStatusTests {
    /// A clock that stands still until the test moves it.
    final class ManualClock: Clock {
        var current = Timestamp(year: 2026, month: 3, day: 2, hour: 9, minute: 30)
        let utcOffsetMinutes = 0
        func now() -> Timestamp { current }
        func advance(seconds: Int64) { current = Timestamp(milliseconds: current.milliseconds + seconds * 1000) }
    }

    private func script() throws -> (program: CheckedProgram, bytes: [UInt8]) {
        checked(try Fixtures.text("run", "full.convene"))
    }

    private func checked(_ script: String) -> (program: CheckedProgram, bytes: [UInt8]) {
        let source = SourceFile(path: "full.convene", text: script)
        return (ScriptChecker(loader: InMemorySourceLoader(files: ["full.convene": script])).check(Parser.parse(source)), source.bytes)
    }

    private func startSession(clock: ManualClock) throws -> Session {
        try startSession(clock: clock, script: Fixtures.text("run", "full.convene"))
    }

    private func startSession(clock: ManualClock, script: String) throws -> Session {
        let (program, bytes) = checked(script)
        let folder = try ConveneBinary.temporaryFolder().appendingPathComponent("session").path
        return try Session.start(
            program: program, scriptPath: "full.convene", scriptBytes: bytes, folder: folder,
            parameters: [], seed: 1, environment: SessionEnvironment(clock: clock))
    }

    @Test func timeLeftReadsAsTheRoomWouldSayIt() {
        #expect(RoomStatus.timeLeft(20 * 60) == "20m left")
        #expect(RoomStatus.timeLeft(61) == "2m left")
        #expect(RoomStatus.timeLeft(30) == "1m left")
        #expect(RoomStatus.timeLeft(65 * 60) == "1h05m left")
        #expect(RoomStatus.timeLeft(0) == "time is up")
        #expect(RoomStatus.timeLeft(-59) == "time is up")
        #expect(RoomStatus.timeLeft(-3 * 60) == "3m over")
    }

    @Test func aStepInALoopIsNamedByTheLoopsValue() {
        func step(_ id: String, _ loop: [LoopBinding]) -> Step {
            Step(stage: "plan", index: 0, id: id, kind: .talk, sayings: [], loop: loop, path: "", range: .point(0), definition: .null)
        }
        #expect(RoomStatus.stepName(step("fixes#3", [LoopBinding(variable: "problem", text: "Getting around", reference: "t3")])) == "fixes for t3")
        #expect(RoomStatus.stepName(step("asks#2", [LoopBinding(variable: "day", text: "Tuesday", reference: nil)])) == "asks for Tuesday")
        #expect(RoomStatus.stepName(step("ideas", [])) == "ideas")
    }

    @Test func onANarrowScreenThePromptLeavesOutTheStepThenTheStage() throws {
        let clock = ManualClock()
        let status = RoomStatus(session: try startSession(clock: clock), now: clock.now)
        #expect(status.prompt(fitting: 80) == "[1/6 gather › ideas · 20m left] > ")
        #expect(status.prompt(fitting: 45) == "[1/6 gather · 20m left] > ")
        #expect(status.prompt(fitting: 30) == "[1/6 · 20m left] > ")
        #expect(status.prompt(fitting: 10) == "[1/6 · 20m left] > ", "the shortest form, however narrow")
    }

    @Test func thePromptCountsDownAndTheNoticeComesOnce() throws {
        let clock = ManualClock()
        let session = try startSession(clock: clock)
        let status = RoomStatus(session: session, now: clock.now)
        #expect(status.prompt == "[1/6 gather › ideas · 20m left] > ")
        clock.advance(seconds: 12 * 60 + 10)
        #expect(status.prompt == "[1/6 gather › ideas · 8m left] > ")
        #expect(status.notices().isEmpty)
        clock.advance(seconds: 8 * 60)
        #expect(status.prompt == "[1/6 gather › ideas · time is up] > ")
        #expect(status.notices() == ["⏰ Time is up for stage `gather`: its 20m timebox has run out. :next moves on."])
        #expect(status.notices().isEmpty)
        clock.advance(seconds: 5 * 60)
        #expect(status.prompt == "[1/6 gather › ideas · 5m over] > ")
    }

    @Test func afterAResumeThePromptSaysHowFarOverTheStageIs() throws {
        let clock = ManualClock()
        let session = try startSession(clock: clock)
        clock.advance(seconds: 20 * 60 + 30)
        try session.pause(reason: "fire alarm")
        session.close()
        clock.advance(seconds: 30 * 60)
        let (program, bytes) = try script()
        let (journal, notice) = try Session.readJournal(folder: session.folder)
        let (resumed, _) = try Session.resume(
            journal: journal, notice: notice, folder: session.folder, program: program, scriptBytes: bytes,
            environment: SessionEnvironment(clock: clock))
        let status = RoomStatus(session: resumed, now: clock.now)
        #expect(status.prompt == "[1/6 gather › ideas · time is up] > ", "the half hour paused does not count")
        clock.advance(seconds: 6 * 60)
        #expect(status.prompt == "[1/6 gather › ideas · 6m over] > ")
    }

    @Test func pausedTimeDoesNotCountAgainstTheStage() throws {
        let clock = ManualClock()
        let session = try startSession(clock: clock)
        let status = RoomStatus(session: session, now: clock.now)
        clock.advance(seconds: 5 * 60)
        _ = try session.goTo(stage: "sort")
        clock.advance(seconds: 60)
        try session.pause(reason: "lunch")
        clock.advance(seconds: 60 * 60)
        #expect(status.secondsLeft(in: "gather") == 15 * 60)
        #expect(status.secondsLeft(in: "sort") == 14 * 60)
    }

    @Test func tabOffersCommandsStagesThemesAndIds() throws {
        let clock = ManualClock()
        let session = try startSession(clock: clock)
        _ = try session.addItem("Too many meetings", tag: "team")
        _ = try session.addItem("No time to think", tag: "lead")
        _ = try session.goTo(stage: "sort")
        _ = try session.createTheme("Workload", items: ["i1"])
        let completion = SessionCompletion(session: session)
        #expect(completion.candidates(before: ":").contains(":themes"))
        #expect(completion.candidates(before: ":goto ") == ["gather", "sort", "choose", "hands", "placing", "plan"])
        #expect(completion.candidates(before: ":move i2 to Wo") == ["Workload", "t1"])
        #expect(completion.candidates(before: ":move ") == ["i1", "i2"])
        #expect(completion.candidates(before: ":nudge i1 ") == ["higher", "lower", "left", "right"])
        #expect(completion.candidates(before: ":help gr").contains("grid"))
        #expect(completion.candidates(before: "Wor") == ["Workload", "t1"])
        #expect(completion.candidates(before: "Workload: i1 i") == ["i1", "i2"])
        #expect(completion.candidates(before: "Work") == ["Workload", "t1"])
        #expect(completion.candidates(before: ":move i2 to Work load") == ["Workload", "t1"])
        #expect(completion.candidates(before: ":merge Workload ").contains("into"))
    }

    @Test func aBreakCountsDownItsOwnTimeAndTheNextStagesClockStartsAfterIt() throws {
        let script = """
            workshop "Breaks" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "What could we do?"
            }
            break "Coffee" for 15m
            stage sort "Sort" for 10m {
              cluster ideas into themes
            }
            """
        let clock = ManualClock()
        let session = try startSession(clock: clock, script: script)
        let status = RoomStatus(session: session, now: clock.now)
        clock.advance(seconds: 5 * 60)
        _ = try session.next()
        #expect(status.prompt == "[break · Coffee · 15m left] > ")
        clock.advance(seconds: 10 * 60)
        #expect(status.prompt == "[break · Coffee · 5m left] > ")
        #expect(status.notices().isEmpty)
        clock.advance(seconds: 7 * 60)
        #expect(status.prompt == "[break · Coffee · 2m over] > ")
        #expect(status.notices() == ["⏰ Time is up for the break “Coffee” (15m). :next starts stage `sort`."])
        #expect(status.notices().isEmpty)
        #expect(status.secondsLeft(in: "gather") == 15 * 60, "the stage before stops at the break")
        _ = try session.next()
        #expect(status.prompt == "[2/2 sort › themes · 10m left] > ", "the stage after starts when the break ends")
        clock.advance(seconds: 60)
        #expect(status.prompt == "[2/2 sort › themes · 9m left] > ")
    }
}
