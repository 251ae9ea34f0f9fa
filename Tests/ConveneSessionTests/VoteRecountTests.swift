import ConveneSession
import Foundation
import Testing

/// A counted vote whose options change afterwards (a theme merged, removed
/// or renamed, an item removed or edited) is counted again with the ballots
/// as they still apply, or opened again when the new count needs the
/// facilitator; what is gone leaves the grids and plans too.
@Suite struct VoteRecountTests {
    static let script = """
        workshop "Recount" { duration 1h }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?"
        }

        stage sort "Sort" for 10m {
          cluster ideas into themes
        }

        stage choose "Choose" for 10m {
          vote pick on themes {
            method dots
            dots 3
            cap 2
            ballots anonymous
            keep top 1
            ties facilitator
          }
          say "The winner is {pick.winner}."
        }

        grid g "Grid" {
          axis x effort "Effort" from low "Easy" to high "Hard"
          axis y impact "Impact" from low "Small" to high "Big"
          scale 5
          quadrant quick "Quick wins" where effort is low and impact is high
          quadrant big "Big bets" where effort is high and impact is high
          quadrant fill "Fill-ins" where effort is low and impact is low
          quadrant pits "Money pits" where effort is high and impact is low
        }

        stage act "Act" for 10m {
          place themes on g
          actions plan for pick.kept
        }
        """

    /// A session past the vote, at the grid. With the ballots given here
    /// t1 A has 3 dots, t3 C 2 and t2 B 1, and t1 is kept.
    static func pastTheVote(folder: String? = nil, ballots: [String] = ["t1=2 t2", "t3", "t1 t3"]) throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(script, folder: folder)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["Alpha", "Beta", "Gamma", ":next", "A: i1", "B: i2", "C: i3", ":next"] + ballots + [":next", ":next"])
        return (session, interpreter)
    }

    @Test func mergingAThemeCountsTheVoteAgainWithoutIt() throws {
        let (session, interpreter) = try Self.pastTheVote()
        #expect(session.state.votes["choose/pick"]?.result?.kept == ["t1"])
        TestSupport.feed(interpreter, [":goto sort"])
        #expect(TestSupport.feed(interpreter, [":merge t1 into t3"]) == [
            "saved t3: C (2 items)",
            "Vote `pick` counted again: t1 “A” was merged into t3 “C”. The marks for it on 2 of 3 ballots no longer count.",
            "Dot vote, 3 people: 3 of 9 dots used, 6 unused.",
            "1  t3 C  2",
            "2  t2 B  1",
            "Kept (top 1): t3 C.",
        ])
        #expect(TestSupport.feed(interpreter, [":results"]).prefix(2) == [
            "Vote `pick` (choose/pick), 3 ballots:",
            "Counted again: t1 “A” was merged into t3 “C”. The marks for it on 2 of 3 ballots no longer count.",
        ])
        TestSupport.feed(interpreter, [":goto choose", ":next"])
        #expect(session.currentStep.sayings == ["The winner is C."], "later steps follow the new count")
        TestSupport.feed(interpreter, [":next", ":next"])
        #expect(TestSupport.feed(interpreter, [":list"]) == ["  t3  C — no action yet"])
    }

    @Test func renamingAnOptionCountsTheVoteAgainUnderItsNewName() throws {
        let (session, interpreter) = try Self.pastTheVote()
        TestSupport.feed(interpreter, [":goto sort"])
        #expect(TestSupport.feed(interpreter, [":rename t1 to Apples"]) == [
            "saved t1: renamed to Apples", "Vote `pick` counted again: t1 “A” is now “Apples”.",
        ])
        let result = try #require(session.state.votes["choose/pick"]?.result)
        #expect(result.options.map(\.label) == ["Apples", "C", "B"])
        #expect(result.kept == ["t1"])
        #expect(TestSupport.feed(interpreter, [":rename t2 to Bananas"]).count == 2)
        #expect(TestSupport.feed(interpreter, [":merge t2 into t1"])[1]
            == "Vote `pick` counted again: t2 “Bananas” was merged into t1 “Apples”. The marks for it on 1 of 3 ballots no longer count.")
    }

    @Test func removingAnIdeaTakesItOffTheGridAndThePlanAndCountsAgain() throws {
        let folder = TestSupport.temporaryFolder()
        let (session, interpreter) = try Self.pastTheVote(folder: folder, ballots: ["t1=2 t2", "t1 t3"])
        TestSupport.feed(interpreter, ["t1 1 5", "t2 5 5", "t3 1 1", ":next", "t1 Sam | Call the council | 2025-07-01", ":goto sort"])
        #expect(TestSupport.feed(interpreter, [":remove t3"]) == [
            "removed theme t3 “C” (its items are now unsorted); its place on grid `g` went with it",
            "Vote `pick` counted again: t3 “C” was removed. The marks for it on 1 of 2 ballots no longer count.",
            "Dot vote, 2 people: 4 of 6 dots used, 2 unused.",
            "1  t1 A  3",
            "2  t2 B  1",
            "Kept (top 1): t1 A.",
        ])
        #expect(session.state.placementOrder["g"] == ["t1", "t2"])
        TestSupport.feed(interpreter, [":undo"])
        #expect(session.state.placementOrder["g"] == ["t1", "t2", "t3"], "undo takes back the removal and the count together")
        #expect(session.state.votes["choose/pick"]?.result?.options.map(\.id) == ["t1", "t2", "t3"])
        #expect(TestSupport.feed(interpreter, [":remove t1"]) == [
            "removed theme t1 “A” (its items are now unsorted); its place on grid `g` and its action in plan `plan` went with it",
            "error: vote `pick` is open again: t1 “A” was removed; t2, t3 tie for the last place kept\n"
                + "help: `:goto choose`, then decide their order, then type `:order t2 t3` with the best first, and `:next` again",
        ])
        #expect(session.state.plans["plan"] == [])
        #expect(TestSupport.read(folder + "/journal.jsonl").contains(
            #""type":"reopened","vote":"choose/pick","reason":"t1 “A” was removed; t2, t3 tie for the last place kept""#))
        #expect(TestSupport.feed(interpreter, [":goto act"]).suffix(2) == ["  t2  5,5 Big bets  B", "  t3  1,1 Fill-ins  C"])
        TestSupport.feed(interpreter, [":goto choose", ":order t3 t2", ":next"])
        #expect(session.state.votes["choose/pick"]?.result?.kept == ["t3"])
    }

    @Test func removingABallotFromACountedVoteCountsItAgain() throws {
        let (session, interpreter) = try Self.pastTheVote()
        #expect(TestSupport.feed(interpreter, [":remove b3"]) == [
            "removed ballot b3",
            "Vote `pick` counted again: ballot b3 was removed.",
            "Dot vote, 2 people: 4 of 6 dots used, 2 unused.",
            "1   t1 A  2",
            "2=  t2 B  1",
            "2=  t3 C  1",
            "Kept (top 1): t1 A.",
        ])
        #expect(session.state.votes["choose/pick"]?.result?.ballots == 2)
    }

    @Test func aFirstCountSaysWhichMarksNoLongerCount() throws {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["Alpha", "Beta", ":next", "A: i1", "B: i2", ":next", "t1=2 t2", "t2"])
        TestSupport.feed(interpreter, [":remove t1"])
        #expect(TestSupport.feed(interpreter, [":next"]).prefix(2) == [
            "Marks for options no longer in the vote do not count (on 1 of 2 ballots).",
            "Dot vote, 2 people: 2 of 6 dots used, 4 unused.",
        ])
    }

    @Test func aChangeThatWouldLeaveTheStepWithoutItsVoteIsRefused() throws {
        let (session, interpreter) = try Self.pastTheVote(ballots: ["t1=2 t2", "t1 t3"])
        TestSupport.feed(interpreter, [":next"])
        #expect(session.currentStep.key == "act/plan")
        #expect(TestSupport.feed(interpreter, [":remove t1"]) == [
            "error: this would open vote `pick` again (t1 “A” was removed; t2, t3 tie for the last place kept), and this step needs its count\n"
                + "help: `:goto choose`, make the change there, and count the vote again with `:next`",
        ])
        #expect(session.state.themes["t1"]?.removed == false, "nothing was recorded")
    }

    @Test func aResumedSessionKeepsTheNewCount() throws {
        let folder = TestSupport.temporaryFolder()
        let (session, interpreter) = try Self.pastTheVote(folder: folder)
        TestSupport.feed(interpreter, [":goto sort", ":merge t1 into t2", ":pause"])
        let counted = session.state.votes["choose/pick"]?.result
        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.state.votes["choose/pick"]?.result == counted)
        #expect(counted?.kept == ["t3"])
    }
}
