import Testing
@testable import ConveneVoting

/// Keep rules and tie-breaks on a dot vote where i2 and i3 tie across the
/// line of `keep top 2`: i1 4, i2 3, i3 3, i4 1.
struct KeepRuleAndTieTests {
    static let options = ["i1", "i2", "i3", "i4"]
    static let tally = RoomTally(counts: [0: 4, 1: 3, 2: 3, 3: 1])

    static func result(_ ties: TieBreak, keep: KeepRule = .top(2), seed: UInt64 = 0) throws -> VoteResult {
        try VoteCounter(rule: VoteRule(method: .dots, mode: .room, keep: keep, ties: ties), options: options, seed: seed)
            .count(tally)
    }

    @Test func aTieAcrossTheKeepLineWaitsForTheFacilitator() throws {
        let result = try Self.result(.facilitator)
        #expect(result.kept == ["i1"])
        #expect(result.needsOrdering == ["i2", "i3"])
        #expect(result.needsRevote.isEmpty)
        #expect(result.tiesAtKeepLine == KeepLineTie(options: ["i2", "i3"], places: 1, breakBy: .facilitator))
        #expect(result.explanation().suffix(2) == [
            "Kept (top 2): i1.",
            "i2 and i3 tie at the keep line for 1 place: the facilitator decides their order.",
        ])
    }

    @Test func theFacilitatorsOrderSettlesTheTie() throws {
        let settled = try Self.result(.facilitator).resolvingTie(order: ["i3"])
        #expect(settled.kept == ["i1", "i3"])
        #expect(settled.order == ["i1", "i3", "i2", "i4"])
        #expect(settled.tiesAtKeepLine?.order == ["i3", "i2"])
        #expect(settled.needsOrdering.isEmpty)
        #expect(settled.explanation().last == "i2 and i3 tie at the keep line for 1 place: the facilitator ordered them i3 and i2.")
    }

    @Test func aBadOrderIsRefused() throws {
        let result = try Self.result(.facilitator)
        #expect(failure { try result.resolvingTie(order: ["i4"]) } == "`i4` is not one of the tied options")
        #expect(failure { try result.resolvingTie(order: ["i3", "i3"]) } == "`i3` is listed twice")
        #expect(failure { try result.resolvingTie(order: []) } == "1 place is open; name at least 1 of `i2` and `i3` in order")
        let settled = try result.resolvingTie(order: ["i2", "i3"])
        #expect(failure { try settled.resolvingTie(order: ["i3"]) }
            == "the tie at the keep line is already settled: `i2` and `i3`")
        #expect(failure { try Self.result(.facilitator, keep: .top(1)).resolvingTie(order: ["i1"]) }
            == "there is no tie at the keep line to settle")
    }

    @Test func aRevoteNamesTheOptionsToVoteOnAgain() throws {
        let result = try Self.result(.revote)
        #expect(result.needsRevote == ["i2", "i3"])
        #expect(result.explanation().last == "i2 and i3 tie at the keep line for 1 place: the room votes again between them.")
        let revote = try VoteCounter(rule: VoteRule(method: .plurality), options: ["i2", "i3"])
            .count([Ballot(marks: .choice(1))])
        #expect(try result.resolvingTie(order: revote.ranking.map(\.option)).kept == ["i1", "i3"])
    }

    @Test func aSeededDrawSettlesTheTieAndIsRecorded() throws {
        let result = try Self.result(.random, seed: 42)
        let tie = try #require(result.tiesAtKeepLine)
        #expect(tie.seed == 42)
        #expect(tie.isSettled)
        #expect(result.kept.count == 2)
        #expect(result.kept.last == tie.order?.first)
        #expect(try Self.result(.random, seed: 42) == result)
    }

    @Test func differentSeedsSometimesDrawDifferently() throws {
        let winners = try Set((0..<32).map { try Self.result(.random, seed: $0).kept.last! })
        #expect(winners == ["i2", "i3"])
    }

    @Test func keepAboveKeepsScoresStrictlyAboveTheThreshold() throws {
        let result = try Self.result(.facilitator, keep: .above(3))
        #expect(result.kept == ["i1"])
        #expect(result.tiesAtKeepLine == nil)
        #expect(try Self.result(.facilitator, keep: .above(2.5)).kept == ["i1", "i2", "i3"])
    }

    @Test func keepAllKeepsTheWholeRanking() throws {
        #expect(try Self.result(.facilitator, keep: .all).kept == ["i1", "i2", "i3", "i4"])
    }

    @Test func tiesAreMarkedWithEqualsInTheRanking() throws {
        let lines = try Self.result(.facilitator).explanation()
        #expect(Array(lines[1...4]) == ["1   i1  4", "2=  i2  3", "2=  i3  3", "4   i4  1"])
    }

    @Test func aSettledTieForFirstNamesTheWinner() throws {
        let tally = RoomTally(counts: [0: 4, 1: 4])
        let counter = VoteCounter(rule: VoteRule(method: .dots, mode: .room, keep: .top(1)), options: ["a", "b"])
        let result = try counter.count(tally)
        #expect(result.winner == nil)
        #expect(try result.resolvingTie(order: ["b"]).winner == "b")
    }
}

/// What changed between a first and a second vote on the same options.
struct VoteChangesTests {
    @Test func movesAndKeptChangesAreListed() throws {
        let counter = VoteCounter(rule: VoteRule(method: .dots, mode: .room, keep: .top(2)), options: ["a", "b", "c", "d"])
        let first = try counter.count(RoomTally(counts: [0: 5, 1: 4, 2: 2, 3: 1]))
        let second = try counter.count(RoomTally(counts: [0: 5, 1: 1, 2: 3, 3: 2]))
        let changes = second.changes(since: first)
        #expect(changes.movedUp == [VoteChanges.Move(option: "c", from: 3, to: 2), VoteChanges.Move(option: "d", from: 4, to: 3)])
        #expect(changes.movedDown == [VoteChanges.Move(option: "b", from: 2, to: 4)])
        #expect(changes.newlyKept == ["c"])
        #expect(changes.noLongerKept == ["b"])
        #expect(changes.explanation() == [
            "c moved up from 3rd to 2nd.",
            "d moved up from 4th to 3rd.",
            "b moved down from 2nd to 4th.",
            "Newly kept: c.",
            "No longer kept: b.",
        ])
        #expect(first.changes(since: first).isEmpty)
    }
}
