import Testing
@testable import ConveneVoting

/// A fist-of-five check constructed for these tests: whoever shows fewer than
/// three fingers must be heard (the "fist to five" technique, Stanford Synpaedia).
struct FistOfFiveTests {
    static let counter = VoteCounter(rule: VoteRule(method: .fistOfFive, mode: .named), options: ["proposal", "plan-b"])

    @Test func peopleBelowThreeAreNamed() throws {
        let fingers = [("Ana", 4, 5), ("Ben", 2, 4), ("Cy", 5, 3), ("Dee", 1, 4), ("Eve", 3, 5)]
        let ballots = fingers.map { Ballot(voter: $0.0, marks: .points([0: $0.1, 1: $0.2])) }
        let result = try Self.counter.count(ballots)
        #expect(result.order == ["plan-b", "proposal"])
        #expect(result.scores == [4.2, 3])
        let proposal = try #require(result.consensus?.first)
        #expect(proposal.belowThree == 2)
        #expect(proposal.mustBeHeard == [Dissent(voter: "Ben", fingers: 2), Dissent(voter: "Dee", fingers: 1)])
        #expect(proposal.fingers == [0, 1, 1, 1, 1, 1])
        #expect(!proposal.isConsensus)
        #expect(result.consensus?.last?.isConsensus == true)
        #expect(result.explanation() == [
            "Fist of five, 5 people: average fingers per option.",
            "1  plan-b    4.2",
            "2  proposal    3",
            "proposal: average 3 from 5 people; 2 below three must be heard: Ben (2), Dee (1).",
            "plan-b: average 4.2 from 5 people; no one below three: consensus.",
            "Kept (all): plan-b, proposal.",
        ])
    }

    @Test func anonymousFingersAreCounted() throws {
        let ballots = [0, 2, 2, 5].map { Ballot(marks: .points([0: $0, 1: 4])) }
        let result = try Self.counter.count(ballots)
        #expect(result.explanation()[3]
            == "proposal: average 2.25 from 4 people; 3 below three must be heard: 1 showing 0 and 2 showing 2.")
    }

    @Test func moreThanFiveFingersIsRefused() {
        #expect(failure { try Self.counter.validate(Ballot(marks: .points([0: 7]))) }
            == "a fist of five shows 0 to 5 fingers, not 7")
    }

    @Test func aRoomTallyCanNotFindWhoIsBelowThree() {
        #expect(failure { try Self.counter.count(RoomTally(counts: [0: 20])) }
            == "a fist of five needs each person's fingers, to find who is below three; a room tally has only totals")
    }
}
