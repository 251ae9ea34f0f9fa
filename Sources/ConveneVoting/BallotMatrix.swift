/// What the cells of a ballot row hold, which depends on the voting method.
enum BallotKind: Sendable {
    /// 1 for a first choice, 2 for a second…; 0 or blank for unranked.
    case ranks
    /// Dots, a score or fingers; blank when the voter gave none.
    case points
    /// 1 for approve, 0 or blank for not.
    case approvals
}

extension VotingMethod {
    var ballotKind: BallotKind {
        switch self {
        case .dots, .score, .fistOfFive: .points
        case .approval: .approvals
        case .plurality, .borda, .irv, .schulze, .rankedPairs: .ranks
        }
    }
}

/// Ballots stored compactly for counting: one row of `Int32` cells per ballot,
/// one cell per option, in a single flat array. Ballot files and typed ballots
/// both become a matrix, so every method has one counting path.
struct BallotMatrix: Sendable, Hashable {
    /// A cell the voter left empty: no dots, no score, unranked, not approved.
    static let blank = Int32.min

    let optionCount: Int
    private(set) var ballotCount = 0
    private(set) var cells: [Int32] = []
    /// One name per ballot, when the ballots are named.
    var voters: [String?]?

    init(optionCount: Int) {
        self.optionCount = optionCount
    }

    /// Adds one ballot; `row` has one cell per option.
    mutating func append(_ row: [Int32], voter: String? = nil) {
        cells.append(contentsOf: row)
        ballotCount += 1
        if voter != nil, voters == nil {
            voters = Array(repeating: nil, count: ballotCount - 1)
        }
        voters?.append(voter)
    }

    /// A matrix over cells already laid out row by row.
    init(optionCount: Int, cells: [Int32]) {
        self.optionCount = optionCount
        self.cells = cells
        ballotCount = optionCount > 0 ? cells.count / optionCount : 0
    }

    /// Calls `body` with each ballot's row, in order, stopping at the first error.
    func forEachRow<E: Error>(
        _ body: (Int, UnsafeBufferPointer<Int32>) throws(E) -> Void
    ) throws(E) {
        let width = optionCount
        guard width > 0 else { return }
        try cells.withUnsafeBufferPointer { (all) throws(E) in
            for ballot in 0..<ballotCount {
                let start = ballot &* width
                try body(ballot, UnsafeBufferPointer(rebasing: all[start..<start &+ width]))
            }
        }
    }
}
