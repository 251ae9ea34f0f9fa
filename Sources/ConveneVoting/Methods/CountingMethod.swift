/// One voting method: how it checks a ballot row and how it counts a matrix.
protocol CountingMethod {
    /// The problem with one ballot row, or nil when the row is a valid ballot.
    static func problem(in row: UnsafeBufferPointer<Int32>, rule: VoteRule, options: [String]) -> RowProblem?

    /// Counts ballots that have all passed `problem(in:)`.
    static func count(_ ballots: BallotMatrix, rule: VoteRule, options: [String]) -> MethodOutcome
}

/// A method whose result can also come from totals alone (sticky dots, hands).
protocol RoomCountingMethod: CountingMethod {
    /// The problem with a room's totals (one per option), or nil when they fit the rule.
    static func problem(inRoom totals: [Int], rule: VoteRule, options: [String]) -> RowProblem?

    static func count(room totals: [Int], rule: VoteRule) -> MethodOutcome
}

/// What a method found: scores, the order with its ties, and what explains it.
struct MethodOutcome: Sendable {
    /// One score per option, in option order.
    var scores: [Double]
    /// Options best first; options in one tier are tied.
    var tiers: [[Int]]
    var rounds: [RunoffRound]?
    var pairwise: [[Int]]?
    var strongestPaths: [[Int]]?
    var lockedPairs: [LockedPair]?
    var dots: DotUsage?
    var consensus: [OptionConsensus]?

    init(scores: [Double], tiers: [[Int]]) {
        self.scores = scores
        self.tiers = tiers
    }

    /// Ranks options by score, higher first; equal scores tie.
    init(scores: [Double]) {
        self.init(scores: scores, tiers: Self.tiers(byScore: scores))
    }

    init(totals: [Int]) {
        self.init(scores: totals.map(Double.init))
    }

    static func tiers(byScore scores: [Double]) -> [[Int]] {
        let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var tiers: [[Int]] = []
        for option in order {
            if let last = tiers.last?.last, scores[last] == scores[option] {
                tiers[tiers.count - 1].append(option)
            } else {
                tiers.append([option])
            }
        }
        return tiers
    }
}

/// Sums every row's cells per option: the count behind dots, approval and score.
/// Blank cells add nothing.
func columnTotals(_ ballots: BallotMatrix) -> [Int] {
    let width = ballots.optionCount
    var totals = [Int](repeating: 0, count: width)
    guard width > 0 else { return totals }
    totals.withUnsafeMutableBufferPointer { sums in
        ballots.cells.withUnsafeBufferPointer { cells in
            var index = 0
            for _ in 0..<ballots.ballotCount {
                for option in 0..<width {
                    let cell = cells[index &+ option]
                    sums[option] &+= cell == BallotMatrix.blank ? 0 : Int(cell)
                }
                index &+= width
            }
        }
    }
    return totals
}

/// Whether every cell that is not blank lies in the range: the quick check for
/// approvals, scores and fingers, written so the loop has no branches.
func allWithin(_ row: UnsafeBufferPointer<Int32>, _ range: ClosedRange<Int>) -> Bool {
    guard let lower = Int32(exactly: range.lowerBound), let upper = Int32(exactly: range.upperBound),
          lower != BallotMatrix.blank
    else { return false }
    var lowest = lower
    var highest = lower
    for cell in row {
        let value = cell == BallotMatrix.blank ? lower : cell
        lowest = min(lowest, value)
        highest = max(highest, value)
    }
    return lowest >= lower && highest <= upper
}
