import Testing
@testable import ConveneVoting

/// Small votes constructed for these tests and counted by hand.
struct ApprovalScorePluralityTests {
    static let options = ["walk", "bus", "bike"]

    /// Approval voting (Brams and Fishburn 1978): each approval is one vote.
    @Test func approvalsAreCountedPerOption() throws {
        let ballots = [
            Ballot(marks: .approvals([0, 2])), Ballot(marks: .approvals([2])),
            Ballot(marks: .approvals([0, 1, 2])), Ballot(marks: .approvals([])),
        ]
        let result = try counter(.approval, Self.options).count(ballots)
        #expect(result.order == ["bike", "walk", "bus"])
        #expect(result.scores == [3, 2, 1])
        #expect(result.explanation().first == "Approval vote, 4 ballots: approvals per option.")
    }

    @Test func handsCanNotOutnumberThePeopleVoting() {
        let room = VoteCounter(rule: VoteRule(method: .approval, mode: .room, voters: 15), options: ["i1", "i2", "i3", "i4"])
        #expect(failure { try room.validate(RoomTally(counts: [3: 16])) }
            == "`i4` has 16 hands, but only 15 people are voting")
    }

    @Test func pluralityHandsCanNotOutnumberThePeople() {
        let room = VoteCounter(rule: VoteRule(method: .plurality, mode: .room, voters: 15), options: Self.options)
        #expect(failure { try room.validate(RoomTally(counts: [0: 9, 1: 8])) }
            == "17 hands is 2 more than the 15 people voting")
    }

    /// Score voting (Wikipedia, "Score voting"): the totals of the scores given.
    @Test func scoresAreTotalled() throws {
        let rule = VoteRule(method: .score, scoreRange: 0...5)
        let ballots = [
            Ballot(marks: .points([0: 5, 1: 0, 2: 3])), Ballot(marks: .points([0: 1, 1: 4, 2: 4])),
            Ballot(marks: .points([2: 5])),
        ]
        let result = try VoteCounter(rule: rule, options: Self.options).count(ballots)
        #expect(result.order == ["bike", "walk", "bus"])
        #expect(result.scores == [12, 6, 4])
    }

    @Test func aScoreOutsideTheRangeIsRefused() {
        let counter = VoteCounter(rule: VoteRule(method: .score, scoreRange: 0...5), options: Self.options)
        #expect(failure { try counter.validate(Ballot(marks: .points([1: 7]))) } == "a score of 7 is outside 0 to 5")
    }

    @Test func pluralityCountsChoices() throws {
        let ballots = [Ballot(marks: .choice(1)), Ballot(marks: .choice(1)), Ballot(marks: .choice(0))]
        let result = try counter(.plurality, Self.options).count(ballots)
        #expect(result.order == ["bus", "walk", "bike"])
        #expect(result.winner == "bus")
    }

    @Test func rankedMethodsCanNotBeCountedFromARoomTally() {
        let room = VoteCounter(rule: VoteRule(method: .borda, mode: .room), options: Self.options)
        #expect(failure { try room.count(RoomTally(counts: [0: 3])) }
            == "a Borda count needs each person's ranking; a room tally has only totals")
    }

    @Test func anOptionNameThatIsNotAnOptionIsRefused() throws {
        let counter = counter(.dots, ["theme-1", "theme-2", "theme-3"])
        #expect(try counter.option(named: "theme-2") == 1)
        do {
            _ = try counter.option(named: "theme-9")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "`theme-9` is not one of the options")
            #expect(error.help == "the options are `theme-1`, `theme-2` and `theme-3`")
        }
        do {
            _ = try counter.option(named: "them-2")
            Issue.record("expected an error")
        } catch {
            #expect(error.help == "did you mean `theme-2`?")
        }
    }
}
