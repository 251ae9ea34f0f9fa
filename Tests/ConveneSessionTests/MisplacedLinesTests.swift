import ConveneSession
import Foundation
import Testing

/// A line typed at the wrong step (a ballot at a prompt, an id at a
/// clustering, a sentence at a vote) is refused with what the step takes,
/// instead of becoming an item `i1=3` or a theme named `i2`.
@Suite struct MisplacedLinesTests {
    static let script = """
        workshop "Slips" { duration 1h }

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
            keep top 1
          }
          vote hands on themes {
            method approval
            ballots room
            voters 10
          }
        }
        """

    static func start() throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(script)
        return (session, CommandInterpreter(session: session))
    }

    @Test func aBallotOrAnIdAtAPromptIsNotKeptAsAnItem() throws {
        let (session, interpreter) = try Self.start()
        TestSupport.feed(interpreter, ["Buses stop at six"])
        #expect(TestSupport.feed(interpreter, ["i1=3"]) == [
            "error: `i1=3` looks like a ballot, but this step collects answers to “Ideas?”\n"
                + "help: ballots are typed at a vote step; type what people said here, or `:next` when done",
        ])
        #expect(TestSupport.feed(interpreter, ["Sam: t3 > t1"]).first?.hasPrefix("error: `Sam: t3 > t1` looks like a ballot") == true)
        #expect(TestSupport.feed(interpreter, ["i1"]) == [
            "error: `i1` is an id, not something people said, and this step collects answers to “Ideas?”\n"
                + "help: type what people said, in their words; `:list` shows the answers so far",
        ])
        #expect(TestSupport.feed(interpreter, ["Transport: i1"]) == [
            "error: `Transport: i1` looks like a theme, but this step collects answers to “Ideas?”\n"
                + "help: themes are made at a cluster step; type what people said here, or `:next` when done",
        ])
        #expect(TestSupport.feed(interpreter, ["M25", "Fares: up 20%"]) == ["saved i2: M25", "saved i3: Fares: up 20%"],
                "a word that only looks like an id, and a colon in what was said, are answers")
        #expect(session.state.items(in: "ideas").count == 3)
    }

    @Test func anIdOrABallotAtAClusteringIsNotATheme() throws {
        let (session, interpreter) = try Self.start()
        TestSupport.feed(interpreter, ["Buses stop at six", "Fares keep rising", ":next", "Transport: i1"])
        #expect(TestSupport.feed(interpreter, ["i2"]) == [
            "error: `i2` is an id, not a theme name\n"
                + "help: put items in a new theme with `THEME NAME: i2`, or in one already made with `:move i2 to t1`",
        ])
        #expect(TestSupport.feed(interpreter, ["t1=2 t2"]) == [
            "error: `t1=2 t2` looks like a ballot, but this step groups items into themes\n"
                + "help: type a theme as `THEME NAME: i1 i2`; ballots are typed at the vote",
        ])
        #expect(TestSupport.feed(interpreter, ["Money: i2x"]) == [
            "error: `i2x` is not an item's id\nhelp: after the colon, list the items by id: `Money: i1 i2`",
        ])
        #expect(TestSupport.feed(interpreter, ["Money: i2 and i1"]) == [
            "error: `and` is not an item's id\nhelp: after the colon, list the items by id: `Money: i1 i2`",
        ])
        #expect(TestSupport.feed(interpreter, ["t1: i2"]) == [
            "error: a theme cannot be called `t1`: that is how ids are written\nhelp: to put i2 in t1 “Transport”, type `:move i2 to t1`",
        ])
        #expect(TestSupport.feed(interpreter, [":rename t1 to t9"]) == [
            "error: a theme cannot be called `t9`: that is how ids are written\nhelp: name it in words, e.g. `Getting there: i1 i2`",
        ])
        #expect(TestSupport.feed(interpreter, ["Money: the root of it"]) == ["saved t2: Money: the root of it (0 items)"],
                "a name with a colon and no ids is still a theme")
        #expect(session.state.themes(in: "themes").map(\.name) == ["Transport", "Money: the root of it"])
    }

    @Test func aSentenceAtAVoteIsToldHowToVote() throws {
        let (session, interpreter) = try Self.start()
        TestSupport.feed(interpreter, ["Buses stop at six", ":next", "Transport: i1", "Nothing yet", ":next"])
        #expect(TestSupport.feed(interpreter, ["Respite care is hard to book"]) == [
            "error: `Respite care is hard to book` is not a ballot: this step is the vote `pick` "
                + "(dot voting, 3 dots each, at most 2 on one option; anonymous ballots; keeps the top 1)\n"
                + "help: type each ballot as `t1=2 t2`; answers to a question are typed at its prompt",
        ])
        #expect(TestSupport.feed(interpreter, ["t1=0 t2"]) == [
            "error: `t1=0` gives no dots\nhelp: give each option you mark at least 1 dot, or leave it off the ballot, e.g. `:vote t1=2 t2`",
        ])
        #expect(TestSupport.feed(interpreter, [":vote Respite"]) == [
            "error: `Respite` is not an option id\nhelp: write it as `:vote t1=2 t2`",
        ])
        TestSupport.feed(interpreter, ["t1=2 t2", ":next"])
        #expect(session.currentStep.id == "hands")
        #expect(TestSupport.feed(interpreter, ["Most hands for transport"]) == [
            "error: `Most hands for transport` is not a ballot: this step is the vote `hands` "
                + "(approval voting: tick every option you support; counted in the room; keeps every option, ranked)\n"
                + "help: type the room's totals as `:tally t1=7 t2=4`; answers to a question are typed at its prompt",
        ])
    }
}
