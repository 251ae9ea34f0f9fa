/// The pairwise table behind the Condorcet methods: for each ordered pair of
/// options (a, b), how many ballots rank a above b. A ranked option is above
/// every unranked one; unranked options are level with each other.
///
/// One pass over the ballots, n² comparisons each: O(ballots × n²).
enum PairwiseCount {
    /// `wins[a][b]`: ballots ranking option a above option b.
    static func wins(_ ballots: BallotMatrix) -> [[Int]] {
        let width = ballots.optionCount
        var totals = [Int](repeating: 0, count: width * width)
        var partial = [Int32](repeating: 0, count: width * width)
        var keys = [Int32](repeating: 0, count: width)
        var sincePartialFlush = 0
        let unranked = Int32(width + 1)
        keys.withUnsafeMutableBufferPointer { keys in
            partial.withUnsafeMutableBufferPointer { partial in
                ballots.forEachRow { _, row in
                    for option in 0..<width {
                        let rank = row[option]
                        keys[option] = rank > 0 ? rank : unranked
                    }
                    for above in 0..<width {
                        let key = keys[above]
                        let line = above &* width
                        for below in 0..<width {
                            partial[line &+ below] &+= key < keys[below] ? 1 : 0
                        }
                    }
                    sincePartialFlush &+= 1
                    if sincePartialFlush == Int32.max {
                        flush(partial, into: &totals)
                        sincePartialFlush = 0
                    }
                }
                flush(partial, into: &totals)
            }
        }
        return (0..<width).map { Array(totals[$0 * width..<($0 + 1) * width]) }
    }

    /// Adds the 32-bit counts to the totals and clears them, before they can overflow.
    private static func flush(_ partial: UnsafeMutableBufferPointer<Int32>, into totals: inout [Int]) {
        for index in partial.indices {
            totals[index] += Int(partial[index])
            partial[index] = 0
        }
    }

    /// Options ordered by how many others each is above in a transitive
    /// "beats" relation; options above the same number are tied. When `beats`
    /// is transitive, an option above another is above strictly more options,
    /// so this order never puts a beaten option first.
    static func outcome(beats: [[Bool]]) -> MethodOutcome {
        MethodOutcome(scores: beats.map { Double($0.filter { $0 }.count) })
    }
}
