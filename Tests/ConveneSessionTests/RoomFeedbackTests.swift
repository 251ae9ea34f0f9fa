import ConveneSession
import Foundation
import Testing

/// What the room hears when a line does more than it says: an item taken
/// out of another theme, totals still missing, a nudge spoken as `down`
/// or `upward`.
@Suite struct RoomFeedbackTests {
    static let script = """
        workshop "Feedback" { duration 1h }
        grid g "G" {
          axis x effort "Effort" from low "Low" to high "High"
          axis y impact "Impact" from low "Low" to high "High"
        }
        stage s "S" for 30m {
          prompt ideas "Ideas?"
          cluster ideas into themes
          vote v on themes {
            method dots
            dots 3
            ballots room
            voters 5
          }
          place ideas on g
        }
        """

    private func clustering() throws -> CommandInterpreter {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        _ = TestSupport.feed(interpreter, ["Buses", "Phones", "Trains", ":next", "Getting through: i1 i2"])
        return interpreter
    }

    @Test func anItemTakenOutOfAnotherThemeIsSaidSo() throws {
        let interpreter = try clustering()
        #expect(TestSupport.feed(interpreter, ["Getting around: i3 i1"]) == [
            "saved t2: Getting around (2 items)",
            "i1 moved out of t1 “Getting through”",
        ])
        #expect(TestSupport.feed(interpreter, [":move i2 to t2"]).last == "i2 moved out of t1 “Getting through”")
    }

    @Test func totalsStillMissingAreSaidBeforeTheCount() throws {
        let interpreter = try clustering()
        _ = TestSupport.feed(interpreter, ["Getting around: i3", ":next"])
        #expect(TestSupport.feed(interpreter, [":tally t1=3"]) == [
            "saved tally: t1=3",
            "no total yet for t2: counted as 0 unless typed",
        ])
        #expect(TestSupport.feed(interpreter, [":tally t2=1"]) == ["saved tally: t1=3 t2=1"])
    }

    @Test func theNudgeCommandTakesTheWordsTheRoomShouts() throws {
        let interpreter = try clustering()
        _ = TestSupport.feed(interpreter, ["Getting around: i3", ":next", ":tally t1=3 t2=1", ":next", "i1 3 3"])
        #expect(TestSupport.feed(interpreter, [":nudge i1 down 2"]) == ["saved i1: at 3,1 — on a middle line"])
        #expect(TestSupport.feed(interpreter, [":nudge up i1"]) == ["saved i1: at 3,2 — on a middle line"])
        #expect(TestSupport.feed(interpreter, [":nudge i1 upward"]) == ["saved i1: at 3,3 — on a middle line"])
        #expect(TestSupport.feed(interpreter, ["i1 Downwards"]) == ["saved i1: at 3,2 — on a middle line"])
        #expect(TestSupport.feed(interpreter, [":nudge rightward i1 2"]) == ["saved i1: at 5,2 — in no quadrant"])
        #expect(TestSupport.feed(interpreter, ["leftwards i1"]) == ["saved i1: at 4,2 — in no quadrant"])
        #expect(TestSupport.feed(interpreter, [":nudge i1 sideways"]) == [
            "error: expected an idea and a direction: higher (up), lower (down), left or right\nhelp: write it as `:nudge ID DIRECTION [N]`",
        ])
    }

    @Test func aNudgePastTheEdgeStopsThereAndSaysSo() throws {
        let interpreter = try clustering()
        _ = TestSupport.feed(interpreter, ["Getting around: i3", ":next", ":tally t1=3 t2=1", ":next", "i1 2 2"])
        #expect(TestSupport.feed(interpreter, ["i1 lower 3"]) == [
            "saved i1: at 2,1 — in no quadrant",
            "i1 stopped at the bottom edge: 3 lower would have gone past it",
        ])
        let last = interpreter.session.records.last?.event
        #expect(last == .placed(grid: "g", item: "i1", x: 2, y: 1, how: "lower"), "the journal has the step it moved")
        #expect(TestSupport.feed(interpreter, ["i1 down"]) == ["i1 is at the bottom edge already, at 2,1 — in no quadrant; nothing moved"])
        #expect(interpreter.session.records.last?.event == last, "nothing moved, nothing recorded")
        #expect(TestSupport.feed(interpreter, [":higher i1 9"]) == [
            "saved i1: at 2,5 — in no quadrant",
            "i1 stopped at the top edge: 9 higher would have gone past it",
        ])
        #expect(TestSupport.feed(interpreter, ["i2 left 4"]) == [
            "saved i2: at 1,3 — on a middle line",
            "i2 stopped at the left edge: 4 left would have gone past it",
            "i2 was not on the grid yet, so it was nudged from the centre",
        ])
    }

    /// A grid with one named quadrant, ideas collected and placed on it, and
    /// then `step`.
    static func quickWins(then step: String) -> String {
        """
        workshop "Quick wins" { duration 1h }
        grid g "G" {
          axis x effort "Effort" from low "Low" to high "High"
          axis y impact "Impact" from low "Low" to high "High"
          quadrant wins "Quick wins" where effort is low and impact is high
        }
        stage s "S" for 30m {
          prompt ideas "Ideas?"
          place ideas on g
          \(step)
        }
        """
    }

    @Test func leavingTheGridWarnsOfIdeasInNoQuadrant() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.quickWins(then: "say \"Done.\"")))
        _ = TestSupport.feed(interpreter, ["Buses", "Phones", "Trains", "Cars", "Boats", ":next", "i1 1 5", "i2 3 5", "i3 2 3", "i4 5 1"])
        #expect(TestSupport.feed(interpreter, [":next"]) == [
            "warning: not on the grid: i5 (`:back` to place them)",
            "warning: on a middle line, so in no quadrant: i2 i3 (`:back` to nudge them into one)",
            "> Done.",
            "(:next to go on)",
        ], "an idea in a quadrant with no name (i4) is where the room put it")
    }

    @Test func anActionStaysInItsPlanWhenItsIdeaMovesAndTheRoomIsTold() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.quickWins(then: "actions plan for g.wins.items")))
        _ = TestSupport.feed(interpreter, ["Buses", "Phones", ":next", "i1 1 5", "i2 2 5", ":next", "i1 Sam | Call | 2026-07-01", ":back"])
        #expect(TestSupport.feed(interpreter, ["i1 5 1"]) == [
            "saved i1: at 5,1 — in no quadrant",
            "i1 has an action in `plan`; it stays there wherever i1 is placed",
        ])
        let list = TestSupport.feed(interpreter, [":next", ":list"])
        #expect(list.suffix(2) == [
            "  i2  Phones — no action yet",
            "  i1  Buses — owner Sam; first step: Call; due 2026-07-01 (kept, though no longer among these ideas)",
        ])
    }
}
