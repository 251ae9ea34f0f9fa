import ConveneLanguage
@testable import ConveneSession
import Foundation
import Testing

/// A break in the agenda is a step the session waits at: `:next` enters it
/// and `:next` again starts the next stage; lines typed there are refused;
/// `:back`, `:goto`, pausing and resuming treat it as a place of its own.
@Suite struct BreakTests {
    static let script = """
        workshop "Breaks" { duration 3h }
        day "Day 1"
        stage gather "Gather" for 20m {
          prompt ideas "What could we do?"
        }
        break "Coffee" for 15m
        stage sort "Sort" for 10m {
          cluster ideas into themes
        }
        break "Lunch" for 30m
        day "Day 2"
        break "Stretch" for 5m
        stage close "Close" for 10m {
          say "Thank you all."
        }
        """

    private func start(folder: String? = nil) throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(Self.script, folder: folder)
        return (session, CommandInterpreter(session: session))
    }

    @Test func nextEntersTheBreakAndNextAgainStartsTheStageAfterIt() throws {
        let (session, interpreter) = try start()
        TestSupport.feed(interpreter, ["Fewer meetings"])
        #expect(TestSupport.feed(interpreter, [":next"]) == [
            "-- Coffee (15m) --",
            "A break: the next stage's time has not started. :next starts stage `sort` when the room is back.",
        ])
        #expect(session.currentStep.isBreak)
        #expect(interpreter.prompt == "gather/break> ")
        guard case let .entered(stage, index, step, definition) = session.records.last?.event else {
            Issue.record("entering the break is not journaled")
            return
        }
        #expect((stage, index, step) == ("gather", 1, "break"))
        #expect(definition == .object([("kind", "break"), ("title", "Coffee"), ("seconds", .int(900))]))
        let next = TestSupport.feed(interpreter, [":next"])
        #expect(next.first == "\n== Stage 2 of 3: Sort (sort, 10m) ==")
        #expect(session.currentStep.stage == "sort" && !session.currentStep.isBreak)
    }

    @Test func aLineTypedAtABreakIsRefusedAndANoteIsKept() throws {
        let (session, interpreter) = try start()
        TestSupport.feed(interpreter, [":next"])
        let recorded = session.records.count
        #expect(TestSupport.feed(interpreter, ["Fewer meetings"]) == [
            "error: this is the break “Coffee”, where nothing is collected; `Fewer meetings` was not kept\n"
                + "help: `:next` starts stage `sort`; `:note Fewer meetings` keeps it as a note",
        ])
        #expect(session.records.count == recorded)
        #expect(TestSupport.feed(interpreter, [":note The urn is empty", ":list"]) == [
            "saved n1: note: The urn is empty", "  n1  The urn is empty",
        ])
        #expect(TestSupport.feed(interpreter, [":where"]) == [
            "-- Coffee (15m) --",
            "A break: the next stage's time has not started. :next starts stage `sort` when the room is back.",
        ])
        #expect(TestSupport.feed(interpreter, [":status"]) == [
            "-- Coffee (15m) --",
            "A break: the next stage's time has not started. :next starts stage `sort` when the room is back.",
            "Collected so far:", "  1 note",
        ])
    }

    @Test func backFromTheStageAfterABreakGoesToTheBreakAndThenToTheStepBeforeIt() throws {
        let (session, interpreter) = try start()
        TestSupport.feed(interpreter, [":next", ":next"])
        #expect(TestSupport.feed(interpreter, [":back"]).first == "-- Coffee (15m) --")
        #expect(session.currentStep.isBreak)
        let back = TestSupport.feed(interpreter, [":back"])
        #expect(back.first == "\n== Stage 1 of 3: Gather (gather, 20m) ==")
        #expect(session.currentStep.key == "gather/ideas")
    }

    @Test func gotoPastABreakGoesStraightToTheStageNamed() throws {
        let (session, interpreter) = try start()
        let shown = TestSupport.feed(interpreter, [":goto sort"])
        #expect(shown.first == "\n== Stage 2 of 3: Sort (sort, 10m) ==")
        #expect(!shown.contains { $0.contains("Coffee") })
        #expect(session.currentStep.key == "sort/themes")
        // From a break, straight on to the stage after the next break, with the day passed.
        TestSupport.feed(interpreter, [":next"])
        #expect(session.currentStep.key == "sort/break")
        #expect(TestSupport.feed(interpreter, [":goto close"]).prefix(2) == ["-- Day 2 --", "\n== Stage 3 of 3: Close (close, 10m) =="])
    }

    @Test func aDayBetweenTwoBreaksIsAnnouncedOnTheWayToTheSecond() throws {
        let (session, interpreter) = try start()
        TestSupport.feed(interpreter, [":goto sort"])
        #expect(TestSupport.feed(interpreter, [":next"]).first == "-- Lunch (30m) --")
        #expect(TestSupport.feed(interpreter, [":next"]).prefix(2) == ["-- Day 2 --", "-- Stretch (5m) --"])
        #expect(session.currentStep.key == "sort/break@2")
        #expect(TestSupport.feed(interpreter, [":next"]).first == "\n== Stage 3 of 3: Close (close, 10m) ==")
    }

    @Test func aSessionPausedAtABreakResumesAtTheBreak() throws {
        let folder = TestSupport.temporaryFolder()
        let (_, interpreter) = try start(folder: folder)
        TestSupport.feed(interpreter, [":next", ":pause coffee"])
        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.currentStep.key == "gather/break")
        let opening = CommandInterpreter(session: resumed).opening().map(MessageRenderer.render)
        #expect(opening.dropFirst() == [
            "-- Coffee (15m) --",
            "A break: the next stage's time has not started. :next starts stage `sort` when the room is back.",
        ])
    }

    @Test func aBreakChangedInTheScriptDoesNotStopAResume() throws {
        let folder = TestSupport.temporaryFolder()
        let (_, interpreter) = try start(folder: folder)
        TestSupport.feed(interpreter, [":next", ":pause"])
        let edited = Self.script.replacingOccurrences(of: "break \"Coffee\" for 15m", with: "break \"Coffee and cake\" for 20m")
        let (resumed, notice) = try TestSupport.resume(edited, folder: folder)
        #expect(notice.scriptChanged && notice.scriptChanges.isEmpty)
        #expect(resumed.currentStep.pause?.title == "Coffee and cake")
    }

    @Test func theTranscriptShowsWhenTheBreakBeganAndEnded() throws {
        let folder = TestSupport.temporaryFolder()
        let (session, interpreter) = try start(folder: folder)
        TestSupport.feed(interpreter, ["Fewer meetings", ":next", ":next", ":quit"])
        #expect(session.state.paused)
        let transcript = TestSupport.read(folder + "/transcript.md")
        #expect(transcript.contains("""
            - 09:30 i1 “Fewer meetings”

            ### 09:31 Break: Coffee (15m)

            - 09:31 end of the break

            ### 09:31 Stage `sort`: Sort

            - 09:31 clustering `ideas` into `themes`
            """))
    }

    @Test func aBreakAfterTheLastStageIsTheLastPlaceBeforeTheEnd() throws {
        let script = Self.script + "\nbreak \"Drinks\" for 30m\n"
        let session = try TestSupport.start(script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, [":goto close"])
        #expect(TestSupport.feed(interpreter, [":next"]) == [
            "-- Drinks (30m) --", "A break. :next completes the workshop when the room is back.",
        ])
        TestSupport.feed(interpreter, [":next"])
        #expect(session.isFinished)
    }

    // MARK: Journals from before breaks were steps

    /// The reference workshop's journal as written before breaks were
    /// steps, with the outputs written from it then.
    static let oldJournal = TestSupport.fixtures + "/wtfc-before-breaks"

    private func oldJournalFolder(keepingLines count: Int? = nil) throws -> String {
        let folder = TestSupport.temporaryFolder()
        let lines = TestSupport.read(Self.oldJournal + "/journal.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        let kept = count.map { Array(lines.prefix($0)) + [""] } ?? lines
        try kept.joined(separator: "\n").write(toFile: folder + "/journal.jsonl", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aJournalFromBeforeBreaksWereStepsReplaysToTheSameOutputs() throws {
        let folder = try oldJournalFolder()
        let (journal, _) = try Session.readJournal(folder: folder)
        let snapshot = try SessionSnapshot.replay(journal: journal, folder: folder, program: WorkingTogetherForChangeTests.program())
        let report = OutputWriter(snapshot: snapshot).writeAll()
        #expect(report.problems.isEmpty)
        let expected = try FileManager.default.contentsOfDirectory(atPath: Self.oldJournal).filter { $0 != "journal.jsonl" }.sorted()
        #expect(report.written.sorted() == expected)
        for name in expected {
            #expect(TestSupport.read(folder + "/" + name) == TestSupport.read(Self.oldJournal + "/" + name), "\(name) differs")
        }
    }

    @Test func aJournalFromBeforeBreaksWereStepsResumesWhereItStopped() throws {
        // The header and the first 59 events: gather's `:next` went straight into sort-working, past the coffee break.
        let folder = try oldJournalFolder(keepingLines: 60)
        let bytes = Array(TestSupport.read(TestSupport.packageRoot + "/" + WorkingTogetherForChangeTests.scriptPath).utf8)
        let (journal, notice) = try Session.readJournal(folder: folder)
        let (session, _) = try Session.resume(
            journal: journal, notice: notice, folder: folder, program: WorkingTogetherForChangeTests.program(), scriptBytes: bytes,
            environment: SessionEnvironment(clock: TestSupport.clock()))
        #expect(session.currentStep.key == "sort-working/working-themes")
        #expect(session.state.items(in: "important").count == 15)
        // Going back now finds the break that was gone past.
        _ = try session.back()
        #expect(session.currentStep.key == "gather/break")
    }
}
