import Testing
@testable import ConveneVoting

/// Properties that hold for every ballot set, checked over random ballots from
/// a seeded generator, so a failure replays exactly.
struct PropertyTests {
    /// Random partial or full rankings of 2 to 6 options.
    static func randomVote(_ seed: UInt64) -> (options: [String], ballots: [Ballot]) {
        var random = SplitMix64(seed: seed)
        let options = (0..<(2 + random.next(below: 5))).map { "o\($0 + 1)" }
        let ballots = (0..<(1 + random.next(below: 40))).map { _ in
            let order = random.shuffled(Array(options.indices))
            return Ballot(marks: .ranking(Array(order.prefix(random.next(below: options.count + 1)))))
        }
        return (options, ballots)
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test func bordaHandsOutNTimesNMinusOneOverTwoPointsPerBallot() throws {
        for seed in Self.seeds {
            let (options, ballots) = Self.randomVote(seed)
            let n = Double(options.count)
            for ballot in ballots.prefix(5) {
                let result = try counter(.borda, options).count([ballot])
                #expect(result.scores.reduce(0, +) == n * (n - 1) / 2, "seed \(seed)")
            }
        }
    }

    /// The pairwise table, counted the slow way: one comparison per pair per ballot.
    static func pairwise(_ ballots: [Ballot], _ count: Int) -> [[Int]] {
        var wins = [[Int]](repeating: [Int](repeating: 0, count: count), count: count)
        for ballot in ballots {
            guard case .ranking(let order) = ballot.marks else { continue }
            for a in 0..<count {
                for b in 0..<count where a != b {
                    let rankA = order.firstIndex(of: a) ?? count
                    let rankB = order.firstIndex(of: b) ?? count
                    if rankA < rankB { wins[a][b] += 1 }
                }
            }
        }
        return wins
    }

    @Test func aCondorcetWinnerWinsSchulzeAndRankedPairs() throws {
        var condorcetWinners = 0
        for seed in Self.seeds {
            let (options, ballots) = Self.randomVote(seed)
            let wins = Self.pairwise(ballots, options.count)
            let schulze = try counter(.schulze, options).count(ballots)
            #expect(schulze.pairwise == wins, "seed \(seed)")
            guard let winner = options.indices.first(where: { a in
                options.indices.allSatisfy { b in a == b || wins[a][b] > wins[b][a] }
            }) else { continue }
            condorcetWinners += 1
            #expect(schulze.winner == options[winner], "seed \(seed)")
            #expect(try counter(.rankedPairs, options).count(ballots).winner == options[winner], "seed \(seed)")
        }
        #expect(condorcetWinners > 100)
    }

    @Test func theRunoffWinnerHoldsAMajorityOfContinuingBallotsInTheLastRound() throws {
        for seed in Self.seeds {
            let (options, ballots) = Self.randomVote(seed)
            let result = try counter(.irv, options).count(ballots)
            let last = try #require(result.rounds?.last)
            guard let winner = result.winner else {
                #expect(last.majority == nil, "seed \(seed)")
                continue
            }
            let votes = last.votes.first { $0.option == winner }?.votes ?? 0
            #expect(last.majority == winner, "seed \(seed)")
            #expect(votes * 2 > last.continuing, "seed \(seed)")
        }
    }

    @Test func theResultDoesNotDependOnBallotOrder() throws {
        for seed in Self.seeds.prefix(100) {
            let (options, ballots) = Self.randomVote(seed)
            var random = SplitMix64(seed: seed &* 31)
            let shuffled = random.shuffled(ballots)
            for method in [VotingMethod.plurality, .borda, .irv, .schulze, .rankedPairs] {
                let counter = counter(method, options, keep: .top(2), ties: .random, seed: seed)
                #expect(try counter.count(ballots) == counter.count(shuffled), "seed \(seed), \(method)")
            }
        }
    }

    /// Listing the options in another order changes no option's score or tie.
    @Test func theResultDoesNotDependOnOptionOrder() throws {
        for seed in Self.seeds.prefix(150) {
            let (options, ballots) = Self.randomVote(seed)
            var random = SplitMix64(seed: seed &* 17)
            let permutation = random.shuffled(Array(options.indices))
            let reordered = permutation.map { options[$0] }
            let moved = ballots.map { ballot -> Ballot in
                guard case .ranking(let order) = ballot.marks else { return ballot }
                return Ballot(marks: .ranking(order.map { permutation.firstIndex(of: $0)! }))
            }
            for method in [VotingMethod.plurality, .borda, .irv, .schulze, .rankedPairs] {
                let places = { (result: VoteResult) in
                    Dictionary(uniqueKeysWithValues: result.ranking.map { ($0.option, [$0.score, $0.tied ? 1 : 0]) })
                }
                let first = try counter(method, options).count(ballots)
                let second = try counter(method, reordered).count(moved)
                #expect(places(first) == places(second), "seed \(seed), \(method)")
            }
        }
    }

    @Test func pointBallotsCountTheSameInAnyOrder() throws {
        for seed in Self.seeds.prefix(100) {
            var random = SplitMix64(seed: seed)
            let options = ["a", "b", "c", "d"]
            let ballots = (0..<20).map { _ in
                Ballot(marks: .points(Dictionary(uniqueKeysWithValues: (0..<4).map { ($0, random.next(below: 3)) })))
            }
            let shuffled = random.shuffled(ballots)
            for method in [VotingMethod.dots, .score, .fistOfFive] {
                let counter = counter(method, options, keep: .top(1), ties: .random, seed: seed)
                #expect(try counter.count(ballots) == counter.count(shuffled), "seed \(seed), \(method)")
            }
        }
    }

    @Test func aSeededTieBreakReplaysAndDiffersAcrossSeeds() throws {
        let options = (1...6).map { "t\($0)" }
        let tally = RoomTally(counts: Dictionary(uniqueKeysWithValues: options.indices.map { ($0, 5) }))
        let rule = VoteRule(method: .dots, mode: .room, keep: .top(3), ties: .random)
        var draws = Set<[String]>()
        for seed in Self.seeds.prefix(50) {
            let first = try VoteCounter(rule: rule, options: options, seed: seed).count(tally)
            let again = try VoteCounter(rule: rule, options: options, seed: seed).count(tally)
            #expect(first == again)
            #expect(first.kept.count == 3)
            #expect(Set(first.tiesAtKeepLine?.order ?? []) == Set(options))
            draws.insert(first.kept)
        }
        #expect(draws.count > 10)
    }

    @Test func aBallotFileCountsLikeTheSameBallotsTyped() throws {
        for seed in Self.seeds.prefix(60) {
            let (options, ballots) = Self.randomVote(seed)
            var csv = options.joined(separator: ",") + "\n"
            for ballot in ballots {
                guard case .ranking(let order) = ballot.marks else { continue }
                csv += options.indices.map { order.firstIndex(of: $0).map { String($0 + 1) } ?? "" }
                    .joined(separator: ",") + "\n"
            }
            let file = try BallotFile(csv: Array(csv.utf8))
            for method in [VotingMethod.plurality, .borda, .irv, .schulze, .rankedPairs] {
                let counter = counter(method, options)
                #expect(try counter.count(file) == counter.count(ballots), "seed \(seed), \(method)")
            }
        }
    }
}
