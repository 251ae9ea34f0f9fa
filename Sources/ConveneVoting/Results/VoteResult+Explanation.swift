/// The result as lines a facilitator reads to the room.
extension VoteResult {
    /// The ranking with scores (ties marked `=`), how the method got there
    /// (runoff rounds, the pairwise table, dots used, who is below three), and
    /// what was kept, with any tie at the keep line.
    public func explanation() -> [String] {
        var lines = [headline]
        lines += rankingLines
        if let rounds { lines += rounds.flatMap(roundLines) }
        if let pairwise {
            lines.append("Pairwise: how many ballots rank the row's option above the column's.")
            lines += table(pairwise)
        }
        if let strongestPaths {
            lines.append("Strongest paths: the weakest link on the best path from the row's option to the column's.")
            lines += table(strongestPaths)
        }
        if let lockedPairs {
            lines.append("Pairs, strongest margin first:")
            lines += lockedPairs.map(pairLine)
        }
        if let consensus { lines += consensus.map(consensusLine) }
        lines += keepLines
        return lines
    }

    private var headline: String {
        let countsPeople = method == .dots || method == .fistOfFive
        let size = ballots.map { ", " + counted($0, countsPeople ? "person" : "ballot", countsPeople ? "people" : nil) } ?? ""
        switch method {
        case .dots:
            guard let dots else { return "Dot vote\(size)." }
            guard let unused = dots.unused, let perPerson = dots.dotsPerPerson, let people = dots.people else {
                return "Dot vote\(size): \(counted(dots.used, "dot")) placed."
            }
            return "Dot vote\(size): \(dots.used) of \(people * perPerson) dots used, \(unused) unused."
        case .approval: return "Approval vote\(size): approvals per option."
        case .score: return "Score vote\(size): total points per option."
        case .plurality: return "Plurality vote\(size): first choices per option."
        case .borda:
            let top = max(options.count - 1, 0)
            return "Borda count\(size): \(counted(top, "point")) for a first place down to 0 for last; "
                + "unranked options share the points left."
        case .irv: return "Instant runoff\(size)."
        case .schulze: return "Schulze method\(size): each option's score is how many options it beats by strongest paths."
        case .rankedPairs: return "Ranked pairs\(size): each option's score is how many options are locked below it."
        case .fistOfFive: return "Fist of five\(size): average fingers per option."
        }
    }

    private var rankingLines: [String] {
        let places = places
        let marks = ranking.indices.map { "\(places[$0])\(ranking[$0].tied ? "=" : "")" }
        let scores = ranking.map { formatScore($0.score) }
        let markWidth = marks.map(\.count).max() ?? 0
        let nameWidth = ranking.map(\.option.count).max() ?? 0
        let scoreWidth = scores.map(\.count).max() ?? 0
        return ranking.indices.map { index in
            padded(marks[index], markWidth) + "  " + padded(ranking[index].option, nameWidth) + "  "
                + String(repeating: " ", count: scoreWidth - scores[index].count) + scores[index]
        }
    }

    private func roundLines(_ round: RunoffRound) -> [String] {
        let votes = round.votes.map { "\($0.option) \($0.votes)" }.joined(separator: ", ")
        var counts = "\(round.continuing) continuing"
        if round.exhausted > 0 { counts += ", \(round.exhausted) exhausted" }
        if round.majority == nil, round.votes.count > 1 {
            counts += "; \(round.continuing / 2 + 1) needed for a majority"
        }
        var lines = ["Round \(round.round): \(votes) (\(counts))."]
        if let winner = round.majority {
            let share = round.votes.first { $0.option == winner }?.votes ?? 0
            lines.append("  \(winner) has \(share) of \(round.continuing) continuing ballots: a majority.")
        } else if round.eliminated.isEmpty {
            lines.append("  \(plainList(round.votes.map(\.option))) tie with no majority: they share first place.")
        } else {
            lines.append("  " + eliminationLine(round))
        }
        return lines
    }

    private func eliminationLine(_ round: RunoffRound) -> String {
        let out = plainList(round.eliminated)
        let together = round.eliminated.count > 1
        var line = together ? "\(out) are eliminated together" : "\(out) is eliminated"
        if let tied = round.tiedForFewest {
            let fewest = round.votes.last?.votes ?? 0
            line = "\(plainList(tied)) tie for fewest votes (\(fewest))"
            if let earlier = round.decidedByRound {
                line += "; going back to round \(earlier), \(out) had fewest, so "
                    + (together ? "they are eliminated together" : "\(out) is eliminated")
            } else {
                line += " in every round, so they are eliminated together"
            }
        }
        let moved = round.transfers.reduce(0) { $0 + $1.votes } + round.exhaustedByTransfer
        let theirs = "\(together ? "their" : "its") \(counted(moved, "ballot"))"
        let exhausted = "\(round.exhaustedByTransfer) \(round.exhaustedByTransfer == 1 ? "is" : "are") exhausted"
        switch (round.transfers.isEmpty, round.exhaustedByTransfer > 0) {
        case (true, false): return line + "; \(together ? "they" : "it") had no ballots to move."
        case (true, true): return line + "; \(theirs) \(moved == 1 ? "is" : "are") exhausted."
        case (false, false): return line + "; \(theirs) \(moved == 1 ? "goes" : "go") to \(transferList(round))."
        case (false, true): return line + "; \(theirs) go to \(transferList(round)), and \(exhausted)."
        }
    }

    private func transferList(_ round: RunoffRound) -> String {
        plainList(round.transfers.map { "\($0.option) \($0.votes)" })
    }

    private func table(_ counts: [[Int]]) -> [String] {
        let nameWidth = options.map(\.count).max() ?? 0
        let widths = options.indices.map { column in
            max(options[column].count, counts.map { String($0[column]).count }.max() ?? 0)
        }
        let header = String(repeating: " ", count: nameWidth) + options.indices.map {
            "  " + String(repeating: " ", count: widths[$0] - options[$0].count) + options[$0]
        }.joined()
        return [header] + options.indices.map { row in
            padded(options[row], nameWidth) + options.indices.map { column in
                let cell = row == column ? "-" : String(counts[row][column])
                return "  " + String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined()
        }
    }

    private func pairLine(_ pair: LockedPair) -> String {
        "  \(pair.winner) over \(pair.loser), \(pair.votesFor) to \(pair.votesAgainst) (margin \(pair.margin)): "
            + (pair.locked ? "locked" : "skipped, it would make a cycle")
    }

    private func consensusLine(_ check: OptionConsensus) -> String {
        var line = "\(check.option): average \(formatScore(check.average)) from \(counted(check.shown, "person", "people"))"
        if check.shown == 0 { return "\(check.option): nobody showed fingers." }
        if check.belowThree == 0 { return line + "; no one below three: consensus." }
        line += "; \(check.belowThree) below three must be heard"
        if !check.mustBeHeard.isEmpty {
            return line + ": " + check.mustBeHeard.map { "\($0.voter) (\($0.fingers))" }.joined(separator: ", ") + "."
        }
        let showing = (0..<3).filter { check.fingers[$0] > 0 }.map { "\(check.fingers[$0]) showing \($0)" }
        return line + ": " + plainList(showing) + "."
    }

    private var keepLines: [String] {
        let kept = kept.isEmpty ? (tiesAtKeepLine == nil ? "none" : "none yet") : self.kept.joined(separator: ", ")
        var lines = ["Kept (\(keep.spoken)): \(kept)."]
        if let tie = tiesAtKeepLine {
            var line = "\(plainList(tie.options)) tie at the keep line for \(counted(tie.places, "place")): "
            switch (tie.breakBy, tie.order) {
            case (.facilitator, nil): line += "the facilitator decides their order."
            case (.revote, nil): line += "the room votes again between them."
            case (.facilitator, let order?): line += "the facilitator ordered them \(plainList(order))."
            case (.revote, let order?): line += "the revote ordered them \(plainList(order))."
            case (.random, let order): line += "a draw with seed \(tie.seed ?? 0) ordered them \(plainList(order ?? []))."
            }
            lines.append(line)
        }
        return lines
    }
}

/// "A", "A and B", "A, B and C".
func plainList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
}

private func padded(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}
