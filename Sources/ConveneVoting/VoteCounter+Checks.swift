import ConveneText

extension VoteCounter {
    /// The method's counting code, for checks that are not on a hot path.
    var method: any CountingMethod.Type {
        switch rule.method {
        case .dots: DotVoting.self
        case .approval: ApprovalVoting.self
        case .score: ScoreVoting.self
        case .plurality: PluralityVoting.self
        case .borda: BordaCount.self
        case .irv: InstantRunoff.self
        case .schulze: SchulzeMethod.self
        case .rankedPairs: RankedPairs.self
        case .fistOfFive: FistOfFive.self
        }
    }

    /// A typed ballot as a matrix row, checked against the rule.
    func row(for marks: BallotMarks) throws(BallotError) -> [Int32] {
        var row = [Int32](repeating: BallotMatrix.blank, count: options.count)
        switch (rule.method.ballotKind, marks) {
        case (.points, .points(let points)):
            for (option, value) in points.sorted(by: { $0.key < $1.key }) {
                try checkIndex(option)
                row[option] = Int32(clamping: max(value, -Int(Int32.max)))
            }
        case (.approvals, .approvals(let approved)):
            for option in approved.sorted() {
                try checkIndex(option)
                row[option] = 1
            }
        case (.ranks, .ranking(let ranking)):
            for (position, option) in ranking.enumerated() {
                try checkIndex(option)
                guard row[option] == BallotMatrix.blank else {
                    throw BallotError(
                        "option `\(options[option])` is ranked twice, "
                            + "\(ordinal(Int(row[option]))) and \(ordinal(position + 1))",
                        help: "rank each option once")
                }
                row[option] = Int32(position + 1)
            }
        case (.ranks, .choice(let option)):
            try checkIndex(option)
            row[option] = 1
        default:
            throw BallotError("\(rule.method.spokenNameWithArticle) takes \(expectedMarks), not \(marks.spokenName)")
        }
        if let problem = row.withUnsafeBufferPointer({ method.problem(in: $0, rule: rule, options: options) }) {
            throw BallotError(problem.message, help: problem.help)
        }
        return row
    }

    /// A room tally as one total per option, checked against the rule, with
    /// the method that counts it.
    func checkedRoom(_ tally: RoomTally) throws(BallotError) -> (any RoomCountingMethod.Type, [Int]) {
        guard let method = method as? any RoomCountingMethod.Type else {
            let needs = rule.method == .fistOfFive ? "fingers, to find who is below three" : "ranking"
            throw BallotError(
                "\(rule.method.spokenNameWithArticle) needs each person's \(needs); a room tally has only totals",
                help: "use `ballots named` or `ballots anonymous`")
        }
        var totals = [Int](repeating: 0, count: options.count)
        for (option, total) in tally.counts.sorted(by: { $0.key < $1.key }) {
            try checkIndex(option)
            totals[option] = total
        }
        if let problem = method.problem(inRoom: totals, rule: rule, options: options) {
            throw BallotError(problem.message, help: problem.help)
        }
        return (method, totals)
    }

    private func checkIndex(_ option: Int) throws(BallotError) {
        guard !options.indices.contains(option) else { return }
        guard !options.isEmpty else { throw BallotError("option \(option) is not an option: this vote has none") }
        throw BallotError("option \(option) is not one of the \(Plural.count(options.count, "option")) (0 to \(options.count - 1))")
    }

    private var expectedMarks: String {
        switch rule.method {
        case .dots: "dots per option"
        case .score: "a score per option"
        case .fistOfFive: "fingers per option"
        case .approval: "the options approved of"
        case .plurality: "one choice"
        case .borda, .irv, .schulze, .rankedPairs: "a ranking (options best first)"
        }
    }
}

extension BallotMarks {
    var spokenName: String {
        switch self {
        case .points: "points"
        case .approvals: "approvals"
        case .ranking: "a ranking"
        case .choice: "a single choice"
        }
    }
}

/// The option name closest to a mistyped one, when it is close enough to be a
/// likely typo (at most a third of its letters, and at least one, differ) and
/// no other name is as close.
func closestName(to name: String, in names: [String]) -> String? {
    let typed = Array(name.lowercased())
    let distances = names.map { editDistance(typed, Array($0.lowercased())) }
    guard let best = distances.min(), best <= max(1, typed.count / 3),
          distances.filter({ $0 == best }).count == 1
    else { return nil }
    return names[distances.firstIndex(of: best)!]
}

/// Levenshtein distance: insertions, deletions and substitutions.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
