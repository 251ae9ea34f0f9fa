import ConveneSession
import Foundation
import Testing

/// What a vote says to the facilitator: repeated marks, a vote with nothing
/// to vote on, examples that fit the vote, and ties in the outputs.
@Suite struct VotingMessagesTests {
    static let script = """
        workshop "D" { duration 1h }
        stage a "A" for 20m {
          prompt ideas "Ideas?"
          vote d on ideas {
            method dots
            dots 3
            cap 2
          }
          vote ap on ideas {
            method approval
          }
          vote sc on ideas {
            method score
            range 1 to 5
          }
          vote rp on ideas {
            method ranked-pairs
          }
        }
        """

    static func atTheDotVote() throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["a", "b", ":next"])
        return (session, interpreter)
    }

    @Test func aDotVoteAddsUpAnOptionNamedTwice() throws {
        let (_, interpreter) = try Self.atTheDotVote()
        #expect(TestSupport.feed(interpreter, ["i1 i1 i2"]) == ["saved b1: i1=2 i2=1 (1 ballot)"])
        #expect(TestSupport.feed(interpreter, ["i1=2 i1"]) == [
            "error: this ballot breaks the vote's rule: option `i1 a` has 3 dots, over the cap of 2\nhelp: move 1 dot to other options",
        ])
    }

    @Test func approvalAndScoreBallotsRefuseAnOptionNamedTwice() throws {
        let (session, interpreter) = try Self.atTheDotVote()
        TestSupport.feed(interpreter, ["i1 i2", ":next"])
        #expect(TestSupport.feed(interpreter, ["i1 i1 i2"]) == [
            "error: `i1` is marked twice on this ballot\nhelp: mark each option once, e.g. `:vote i1 i2`",
        ])
        TestSupport.feed(interpreter, ["i1", ":next"])
        #expect(TestSupport.feed(interpreter, ["i1=5 i1=1"]) == [
            "error: `i1` is scored twice on this ballot\nhelp: give each option one score, e.g. `:vote i1=4 i2=2`",
        ])
        #expect(TestSupport.feed(interpreter, ["i1=2 i2=1 i1=2"]) == [
            "error: `i1` is scored twice on this ballot\nhelp: give each option one score, e.g. `:vote i1=4 i2=2`",
        ])
        #expect(session.currentBallots().isEmpty)
        #expect(TestSupport.feed(interpreter, ["i1=5 i2=1"]) == ["saved b3: i1=5 i2=1 (1 ballot)"])
    }

    @Test func pairwiseTablesInTheNoteAreHeadedByIds() throws {
        let (session, interpreter) = try Self.atTheDotVote()
        TestSupport.feed(interpreter, [":skip", ":skip", ":skip", "i2 > i1", "i1 > i2", "i2", ":next"])
        let note = session.state.votes["a/rp"]?.result?.note?.split(separator: "\n").map(String.init) ?? []
        #expect(note == [
            "Ranked pairs, 3 ballots: each option's score is how many options are locked below it.",
            "1  i2 b  1",
            "2  i1 a  0",
            "Pairwise: how many ballots rank the row's option above the column's.",
            "      i1  i2",
            "i1 a   -   1",
            "i2 b   2   -",
            "Pairs, strongest margin first:",
            "  i2 b over i1 a, 2 to 1 (margin 1): locked",
            "Kept (all): i2 b, i1 a.",
        ])
    }

    static let emptyScript = """
        workshop "E" { duration 1h }
        stage a "A" for 20m {
          prompt ideas "Ideas?"
          cluster ideas into themes
          vote d on themes {
            method dots
            ballots room
          }
          vote s on themes {
            method score
          }
        }
        """

    @Test func aVoteOnAnEmptyCollectionSaysThereIsNothingToVoteOn() throws {
        let session = try TestSupport.start(Self.emptyScript)
        let interpreter = CommandInterpreter(session: session)
        let nothing = "error: there is nothing to vote on: `themes` is empty\nhelp: `:back` to add some, or `:skip` to move on without this vote"
        let arrival = TestSupport.feed(interpreter, [":next", ":next"])
        #expect(arrival.last?.hasSuffix(
            "There is nothing to vote on: `themes` is empty. :back to add some, or :skip to move on without this vote.") == true)
        #expect(arrival.last?.contains(":tally") == false)
        #expect(TestSupport.feed(interpreter, [":tally t1=3"]) == [nothing])
        #expect(TestSupport.feed(interpreter, [":vote t1"]) == [nothing])
        #expect(TestSupport.feed(interpreter, [":next"]) == [nothing])
        TestSupport.feed(interpreter, [":skip"])
        #expect(TestSupport.feed(interpreter, [":vote t1=3"]) == [nothing])
        #expect(TestSupport.feed(interpreter, [":next"]) == [nothing])
    }

    @Test func examplesFitTheNumberOfOptionsAndTheMode() throws {
        let script = """
            workshop "One" { duration 1h }
            stage a "A" for 20m {
              prompt ideas "Ideas?"
              vote d on ideas {
                method dots
                ballots room
              }
              vote s on ideas {
                method score
                range 0 to 3
              }
              vote p on ideas {
                method dots
                dots 1
              }
            }
            """
        let session = try TestSupport.start(script)
        let interpreter = CommandInterpreter(session: session)
        let room = TestSupport.feed(interpreter, ["only", ":next"])
        #expect(room.last?.hasSuffix("Type the totals as `:tally i1=7`. :next counts the vote.") == true)
        #expect(TestSupport.feed(interpreter, [":next"]) == [
            "error: no totals have been recorded for vote `d` yet\nhelp: record them with `:tally i1=7`, or `:skip` to move on without counting",
        ])
        #expect(TestSupport.feed(interpreter, [":vote i1"]) == [
            "error: this vote is counted in the room, so it takes totals, not ballots\nhelp: type the counts with `:tally i1=7`",
        ])
        let score = TestSupport.feed(interpreter, [":skip"])
        #expect(score.last?.hasSuffix("Type each ballot as `i1=3`. :next counts the vote.") == true)
        let dots = TestSupport.feed(interpreter, [":skip"])
        #expect(dots.last?.hasSuffix("Type each ballot as `i1`. :next counts the vote.") == true)
    }

    @Test func votesCSVAndTheReportMarkSharedRanks() throws {
        let script = """
            workshop "T" { duration 1h }
            stage a "A" for 20m {
              prompt ideas "Ideas?"
              vote d on ideas {
                method dots
              }
              vote r on ideas {
                method irv
              }
            }
            """
        let session = try TestSupport.start(script)
        TestSupport.feed(CommandInterpreter(session: session), [
            "a", "b", "c", "d", ":next", "i1=2 i3", "i2 i3", "i4=2", ":next", "i1 > i2", "i2 > i1", "i3", "i4", ":next",
        ])
        let files = Dictionary(uniqueKeysWithValues: OutputWriter(snapshot: session.snapshot).standardFiles())
        #expect(files["votes.csv"] == [
            "vote,stage,rank,option,label,score,kept,ballots",
            "d,a,1=,i1,a,2,yes,3", "d,a,1=,i3,c,2,yes,3", "d,a,1=,i4,d,2,yes,3", "d,a,4,i2,b,1,yes,3",
            // An instant runoff's ties are not kept in the journal, and equal scores need not tie there.
            "r,a,1,i1,a,1,yes,4", "r,a,2,i2,b,1,yes,4", "r,a,3,i3,c,1,yes,4", "r,a,4,i4,d,1,yes,4",
            "",
        ].joined(separator: "\r\n"))
        #expect(files["report.md"]?.contains("| 1= | i1 a | 2 | yes |\n| 1= | i3 c | 2 | yes |\n| 1= | i4 d | 2 | yes |\n| 4 | i2 b | 1 | yes |") == true)
        let note = session.state.votes["a/d"]?.result?.note ?? ""
        #expect(note.contains("1=  i1 a  2\n1=  i3 c  2\n1=  i4 d  2\n4   i2 b  1"))
    }

    @Test func statusCountsARoomVoteByItsTotalsAndPeopleNotBallots() throws {
        let script = """
            workshop "Room" { duration 1h }
            stage a "A" for 20m {
              prompt ideas "Ideas?"
              vote hands on ideas {
                method dots
                dots 3
                ballots room
                voters 10
              }
              vote show on ideas {
                method approval
                ballots room
              }
            }
            """
        let session = try TestSupport.start(script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["a", "b", ":next", ":tally i1=7"])
        #expect(TestSupport.feed(interpreter, [":status"]).last == "  `hands`: room totals for 1 option, not counted yet")
        TestSupport.feed(interpreter, [":tally i2=5", ":next", ":tally i1=4 i2=3", ":next"])
        #expect(TestSupport.feed(interpreter, [":status"]).suffix(2) == [
            "  `hands`: counted in the room, 10 people", "  `show`: counted in the room",
        ])
        #expect(TestSupport.feed(interpreter, [":results"]).first == "Vote `show` (a/show), counted in the room:")
        let files = Dictionary(uniqueKeysWithValues: OutputWriter(snapshot: session.snapshot).standardFiles())
        #expect(files["report.md"]?.contains("dots vote, counted in the room, 10 people, keep all.") == true)
        #expect(files["report.md"]?.contains("approval vote, counted in the room, keep all.") == true, "no `0 people` when the vote does not say")
        #expect(files["transcript.md"]?.contains("counted `show` in the room; kept:") == true)
    }
}
