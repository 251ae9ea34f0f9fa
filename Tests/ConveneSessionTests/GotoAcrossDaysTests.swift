import ConveneSession
import Testing

/// `:goto` onto another day announces the day, as `:next` does when one
/// begins, whichever way it jumps.
@Suite struct GotoAcrossDaysTests {
    static let script = """
        workshop "Two days" { duration 1h }
        stage a "A" for 10m { say "a" }
        stage b "B" for 10m { say "b" }
        break "Tea" for 15m
        day "Day 2: looking ahead"
        stage c "C" for 10m { say "c" }
        stage d "D" for 10m { say "d" }
        """

    @Test func aJumpOntoAnotherDayAnnouncesIt() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        #expect(TestSupport.feed(interpreter, [":goto d"]) == [
            "-- Day 2: looking ahead --", "\n== Stage 4 of 4: D (d, 10m) ==", "> d", "(:next to go on)",
        ])
        #expect(TestSupport.feed(interpreter, [":goto c"]).first == "\n== Stage 3 of 4: C (c, 10m) ==", "the same day is not announced again")
        #expect(TestSupport.feed(interpreter, [":goto a"]).first == "-- Day 1 --", "the stages before the first `day` are day 1")
        #expect(TestSupport.feed(interpreter, [":goto b"]).first == "\n== Stage 2 of 4: B (b, 10m) ==")
    }

    @Test func aJumpToTheStageTheRoomIsInNamesIt() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        #expect(TestSupport.feed(interpreter, [":goto a"]) == ["\n== Stage 1 of 4: A (a, 10m) ==", "> a", "(:next to go on)"])
    }

    @Test func aJumpPastABreakToTheNextDaySaysTheDayNotTheBreak() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        TestSupport.feed(interpreter, [":next"])
        #expect(TestSupport.feed(interpreter, [":goto c"]).prefix(3) == [
            "-- Day 2: looking ahead --", "\n== Stage 3 of 4: C (c, 10m) ==", "> c",
        ])
    }
}
