import Testing
@testable import ConveneVoting

/// Messages for typed ballots and room tallies that break their rule.
struct BallotValidationTests {
    static let options = ["walk", "bus", "bike"]

    @Test func anOptionRankedTwiceSaysWhere() {
        let ballot = Ballot(marks: .ranking([1, 0, 1]))
        #expect(failure { try counter(.irv, Self.options).validate(ballot) } == "option `bus` is ranked twice, 1st and 3rd")
    }

    @Test func pluralityTakesAChoiceOrTheFirstOfARanking() throws {
        let plurality = counter(.plurality, Self.options)
        try plurality.validate(Ballot(marks: .choice(2)))
        let result = try plurality.count([Ballot(marks: .ranking([2, 0])), Ballot(marks: .choice(2))])
        #expect(result.winner == "bike")
        #expect(failure { try plurality.validate(Ballot(marks: .approvals([0]))) }
            == "a plurality vote takes one choice, not approvals")
    }

    @Test func approvalsAreNotPoints() {
        #expect(failure { try counter(.approval, Self.options).validate(Ballot(marks: .points([0: 1]))) }
            == "an approval vote takes the options approved of, not points")
    }

    @Test func aRoomsScoresCanNotExceedWhatThePeopleCanGive() {
        let room = VoteCounter(rule: VoteRule(method: .score, scoreRange: 0...5, mode: .room, voters: 15), options: Self.options)
        #expect(failure { try room.validate(RoomTally(counts: [1: 80])) }
            == "`bus` has 80 points, over the 75 that 15 people scoring up to 5 can give it")
        #expect(failure { try room.validate(RoomTally(counts: [0: -1])) } == "`walk` can't have -1 points")
    }

    @Test func aNegativeScoreRangeAllowsNegativeTotals() throws {
        let room = VoteCounter(rule: VoteRule(method: .score, scoreRange: -2...2, mode: .room, voters: 3), options: Self.options)
        #expect(try room.count(RoomTally(counts: [0: -4, 1: 6])).order == ["bus", "bike", "walk"])
        #expect(failure { try room.validate(RoomTally(counts: [0: -7])) }
            == "`walk` has -7 points, under the -6 that 3 people scoring down to -2 can give it")
    }

    @Test func aTallyForAnOptionThatIsNotThereIsRefused() {
        #expect(failure { try counter(.approval, Self.options).validate(RoomTally(counts: [5: 1])) }
            == "option 5 is not one of the 3 options (0 to 2)")
    }

    @Test func theHelpSuggestsAFix() {
        let counter = VoteCounter(rule: VoteRule(method: .dots, dotsPerPerson: 3, capPerOption: 2), options: Self.options)
        do {
            try counter.validate(Ballot(marks: .points([0: 3])))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "option `walk` has 3 dots, over the cap of 2\nhelp: move 1 dot to other options")
        }
    }

    @Test func aDrawIsExplainedWithItsSeed() throws {
        let counter = VoteCounter(
            rule: VoteRule(method: .dots, mode: .room, keep: .top(1), ties: .random), options: ["a", "b"], seed: 42)
        let result = try counter.count(RoomTally(counts: [0: 2, 1: 2]))
        let order = try #require(result.tiesAtKeepLine?.order)
        #expect(result.explanation().last
            == "a and b tie at the keep line for 1 place: a draw with seed 42 ordered them \(order[0]) and \(order[1]).")
        #expect(result.kept == [order[0]])
        #expect(result.winner == order[0])
    }
}
