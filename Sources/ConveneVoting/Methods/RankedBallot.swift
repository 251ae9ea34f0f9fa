/// The checks every ranked ballot row passes: ranks run 1, 2, 3… with no gaps
/// and no repeats; 0 or a blank cell leaves an option unranked.
enum RankedBallot {
    static func problem(in row: UnsafeBufferPointer<Int32>, options: [String]) -> RowProblem? {
        isValid(row) ? nil : describeProblem(in: row, options: options)
    }

    /// The quick check every valid row passes: ranks 1…k, each once, and no
    /// other values. Branch-free: a repeated rank leaves fewer bits set than
    /// ranks counted, so the bits can't be exactly 1…k.
    private static func isValid(_ row: UnsafeBufferPointer<Int32>) -> Bool {
        guard row.count <= 64 else { return false }
        var used: UInt64 = 0
        var ranked = 0
        var highest: Int32 = 0
        // Blank (Int32.min) wraps to Int32.max and 0 to -1, so only a negative rank goes below -1.
        var lowestLessOne: Int32 = 0
        for cell in row {
            let rank = max(cell, 0)
            let present: UInt64 = rank > 0 ? 1 : 0
            used |= present &<< UInt64(truncatingIfNeeded: rank &- 1)
            ranked &+= Int(present)
            highest = max(highest, rank)
            lowestLessOne = min(lowestLessOne, cell &- 1)
        }
        let expected: UInt64 = ranked == 64 ? .max : (1 &<< UInt64(ranked)) &- 1
        return lowestLessOne >= -1 && highest <= row.count && used == expected
    }

    private static func describeProblem(in row: UnsafeBufferPointer<Int32>, options: [String]) -> RowProblem? {
        var holders: [Int: Int] = [:]
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank && cell != 0 {
            guard cell >= 1, cell <= row.count else {
                return RowProblem("rank \(cell) is outside 1 to \(row.count)", option: option)
            }
            let rank = Int(cell)
            if let earlier = holders[rank] {
                return RowProblem(
                    "rank \(rank) is used twice", option: option,
                    help: "`\(options[earlier])` and `\(options[option])` both have rank \(rank); give each option its own rank")
            }
            holders[rank] = option
        }
        guard let highest = holders.keys.max(), highest > holders.count else { return nil }
        let missing = (1...highest).first { holders[$0] == nil }!
        let next = (missing...highest).first { holders[$0] != nil }!
        return RowProblem("rank \(next) is used but rank \(missing) is not", help: "number the ranks 1, 2, 3… without gaps")
    }
}
