import ConveneSession
import Foundation
import Testing

/// A script that reads a vote's `winner` when options tie for first gets
/// no winner picked for it: the facilitator settles the tie with `:order`.
@Suite struct WinnerTieTests {
    static let script = """
        workshop "Winner" { duration 1h }
        stage choose "Choose" for 10m {
          prompt ideas "Ideas?"
          vote v on ideas {
            method plurality
            ballots room
            voters 10
            keep top 2
            ties revote
          }
        }
        stage announce "Announce" for 5m {
          say "The winner is {v.winner}."
        }
        """

    private func tiedVote() throws -> CommandInterpreter {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        _ = TestSupport.feed(interpreter, ["Lifts", "Damp", "Heating", ":next", ":tally i1=3 i2=3 i3=1"])
        return interpreter
    }

    @Test func aTieForFirstIsNotBrokenByListOrder() throws {
        let interpreter = try tiedVote()
        let reply = TestSupport.feed(interpreter, [":next"])
        #expect(reply.count == 1)
        #expect(reply[0].hasPrefix("The count, not kept yet:\nPlurality vote, 7 ballots: first choices per option.\n1=  i1 Lifts    3\n"))
        #expect(reply[0].contains("error: vote `v` has no single winner: “Lifts” and “Damp” tie for first"))
        #expect(reply[0].contains("help: settle it at the vote: `:goto choose`, `:order i1 i2` with the best first, then `:next` to count it again"))
        #expect(interpreter.session.currentStep.stage == "choose")
    }

    @Test func theFacilitatorsOrderNamesTheWinner() throws {
        let interpreter = try tiedVote()
        let reply = TestSupport.feed(interpreter, [":order i2 i1", ":next"])
        #expect(reply.contains("The tie for first is settled by the order given: i2 Damp first."))
        #expect(reply.contains("> The winner is Damp."))
    }

    @Test func anOrderNamesOnlyOptionsThatTie() throws {
        let interpreter = try tiedVote()
        #expect(TestSupport.feed(interpreter, [":order i3 i1"]) == [
            "error: `i3` is not one of the tied options\n"
                + "help: the tied options are i1 i2; type `:order i1 i2` with the best first",
        ])
        _ = TestSupport.feed(interpreter, [":tally i1=4"])
        #expect(TestSupport.feed(interpreter, [":order i2 i1"]) == [
            "error: nothing is tied in vote `v` as the ballots stand\n"
                + "help: `:order` settles a tie that `:next` reports; `:next` counts the vote",
        ])
    }
}
