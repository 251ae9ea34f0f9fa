@testable import ConveneVoting

/// Ballots for a ranked vote, written as "count: A > B > C" groups.
func rankedBallots(_ groups: [(count: Int, order: [String])], options: [String]) -> [Ballot] {
    groups.flatMap { group in
        Array(repeating: Ballot(marks: .ranking(group.order.map { options.firstIndex(of: $0)! })), count: group.count)
    }
}

func counter(_ method: VotingMethod, _ options: [String], keep: KeepRule = .all, ties: TieBreak = .facilitator,
             seed: UInt64 = 0) -> VoteCounter {
    VoteCounter(rule: VoteRule(method: method, keep: keep, ties: ties), options: options, seed: seed)
}

extension VoteResult {
    var order: [String] { ranking.map(\.option) }
    var scores: [Double] { ranking.map(\.score) }
}

/// The message a throwing call fails with, or nil when it does not fail.
func failure<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as BallotError {
        return error.message
    } catch {
        return "not a BallotError: \(error)"
    }
}
