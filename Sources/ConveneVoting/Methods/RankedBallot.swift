/// The checks every ranked ballot row passes: ranks run 1, 2, 3… with no gaps
/// and no repeats; 0 or a blank cell leaves an option unranked.
enum RankedBallot {
    static func problem(in row: UnsafeBufferPointer<Int32>, options: [String]) -> RowProblem? {
        let width = row.count
        var used = [Int?](repeating: nil, count: width <= 64 ? 0 : width + 1)
        var usedBits: UInt64 = 0
        var ranked = 0
        var highest = 0
        for (option, cell) in row.enumerated() where cell != BallotMatrix.blank && cell != 0 {
            guard cell >= 1, cell <= width else {
                return RowProblem("rank \(cell) is outside 1 to \(width)", option: option)
            }
            let rank = Int(cell)
            let earlier: Int?
            if width <= 64 {
                let bit: UInt64 = 1 << (rank - 1)
                earlier = usedBits & bit == 0 ? nil : row.firstIndex(of: cell)
                usedBits |= bit
            } else {
                earlier = used[rank]
                used[rank] = option
            }
            if let earlier {
                return RowProblem(
                    "rank \(rank) is used twice", option: option,
                    help: "`\(options[earlier])` and `\(options[option])` both have rank \(rank); give each option its own rank")
            }
            ranked += 1
            highest = max(highest, rank)
        }
        guard highest > ranked else { return nil }
        let ranks = Set(row.lazy.filter { $0 > 0 }.map(Int.init))
        let missing = (1...highest).first { !ranks.contains($0) }!
        let next = (missing...highest).first { ranks.contains($0) }!
        return RowProblem(
            "rank \(next) is used but rank \(missing) is not",
            help: "number the ranks 1, 2, 3… without gaps")
    }
}
