import Testing
@testable import ConveneVoting

/// Dot votes constructed for these tests: 3 dots each, at most 2 on one option
/// (the cumulative dot voting of Diceman's *Dotmocracy Handbook*).
struct DotVotingTests {
    static let options = ["i1", "i2", "i3", "i4", "i5"]
    static let rule = VoteRule(method: .dots, dotsPerPerson: 3, capPerOption: 2, keep: .top(2))
    static let counter = VoteCounter(rule: rule, options: options)

    static let ballots = [
        Ballot(voter: "Ana", marks: .points([0: 2, 2: 1])),
        Ballot(voter: "Ben", marks: .points([0: 1, 1: 1, 2: 1])),
        Ballot(voter: "Cy", marks: .points([2: 2])),
        Ballot(voter: "Dee", marks: .points([1: 1])),
    ]

    @Test func dotsAreAddedUpPerOption() throws {
        let result = try Self.counter.count(Self.ballots)
        #expect(result.order == ["i3", "i1", "i2", "i4", "i5"])
        #expect(result.scores == [4, 3, 2, 0, 0])
        #expect(result.kept == ["i3", "i1"])
        #expect(result.dots == DotUsage(people: 4, dotsPerPerson: 3, used: 9))
        #expect(result.dots?.unused == 3)
    }

    @Test func explanationSaysHowManyDotsWereUsed() throws {
        let result = try Self.counter.count(Self.ballots)
        #expect(result.explanation() == [
            "Dot vote, 4 people: 9 of 12 dots used, 3 unused.",
            "1   i3  4",
            "2   i1  3",
            "3   i2  2",
            "4=  i4  0",
            "4=  i5  0",
            "Kept (top 2): i3, i1.",
        ])
    }

    @Test func tooManyDotsSaysByHowMuch() {
        let ballot = Ballot(marks: .points([0: 2, 1: 2, 2: 1]))
        #expect(failure { try Self.counter.validate(ballot) } == "5 dots is 2 more than the 3 each person has")
    }

    @Test func overTheCapNamesTheOption() {
        let ballot = Ballot(marks: .points([3: 3]))
        #expect(failure { try Self.counter.validate(ballot) } == "option `i4` has 3 dots, over the cap of 2")
    }

    @Test func negativeDotsAreRefused() {
        let ballot = Ballot(marks: .points([1: -1]))
        #expect(failure { try Self.counter.validate(ballot) } == "option `i2` has -1 dots; dots can't be negative")
    }

    @Test func aCountNamesTheBallotThatBreaksTheRule() {
        let ballots = Self.ballots + [Ballot(voter: "Eve", marks: .points([4: 3]))]
        #expect(failure { try Self.counter.count(ballots) } == "Eve's ballot: option `i5` has 3 dots, over the cap of 2")
        let anonymous = [Ballot(marks: .points([0: 1])), Ballot(marks: .points([0: 4]))]
        #expect(failure { try Self.counter.count(anonymous) } == "ballot 2: option `i1` has 4 dots, over the cap of 2")
    }

    @Test func aBallotOfTheWrongKindIsRefused() {
        let ballot = Ballot(marks: .ranking([0, 1]))
        #expect(failure { try Self.counter.validate(ballot) } == "a dot vote takes dots per option, not a ranking")
    }

    @Test func anUnknownOptionIndexIsRefused() {
        #expect(failure { try Self.counter.validate(Ballot(marks: .points([7: 1]))) }
            == "option 7 is not one of the 5 options (0 to 4)")
    }

    static let room = VoteCounter(
        rule: VoteRule(method: .dots, dotsPerPerson: 3, capPerOption: 2, mode: .room, voters: 15), options: options)

    @Test func aRoomTallyIsCountedWithUnusedDots() throws {
        let result = try Self.room.count(RoomTally(counts: [0: 12, 1: 20, 2: 9]))
        #expect(result.order.prefix(3) == ["i2", "i1", "i3"])
        #expect(result.dots?.unused == 4)
        #expect(result.explanation().first == "Dot vote, 15 people: 41 of 45 dots used, 4 unused.")
    }

    @Test func aRoomTallyOverTheDotsThereAreSaysByHowMuch() {
        let tally = RoomTally(counts: [0: 20, 1: 20, 2: 7])
        #expect(failure { try Self.room.validate(tally) }
            == "47 dots is 2 more than the 45 that 15 people with 3 dots each have")
    }

    @Test func aRoomTallyOverTheCapNamesTheOption() {
        let tally = RoomTally(counts: [3: 31])
        #expect(failure { try Self.room.validate(tally) }
            == "`i4` has 31 dots, over the 30 that 15 people with a cap of 2 can give it")
    }
}
