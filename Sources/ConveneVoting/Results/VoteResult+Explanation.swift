import ConveneText

/// The result as lines a facilitator reads to the room.
extension VoteResult {
    /// The ranking with scores (ties marked `=`), how the method got there
    /// (runoff rounds, the pairwise table, dots used, who is below three), and
    /// what was kept, with any tie at the keep line.
    ///
    /// `keys` name the options' columns in the pairwise tables, one per
    /// option (a session passes its ids); without them the options' own names
    /// head the columns when the table fits in 80 columns, and numbers do
    /// otherwise, with each row naming its number and option.
    public func explanation(keys: [String]? = nil) -> [String] {
        let keys = keys.flatMap { $0.count == options.count ? $0 : nil } ?? defaultKeys
        var lines = [headline]
        lines += rankingLines
        if let rounds { lines += rounds.flatMap(roundLines) }
        if let pairwise {
            lines.append("Pairwise: how many ballots rank the row's option above the column's.")
            lines += table(pairwise, keys: keys)
        }
        if let strongestPaths {
            lines.append("Strongest paths: the weakest link on the best path from the row's option to the column's.")
            lines += table(strongestPaths, keys: keys)
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
        let size = ballots.map { ", " + Plural.count($0, countsPeople ? "person" : "ballot", countsPeople ? "people" : nil) } ?? ""
        switch method {
        case .dots:
            guard let dots else { return "Dot vote\(size)." }
            guard let unused = dots.unused, let perPerson = dots.dotsPerPerson, let people = dots.people else {
                return "Dot vote\(size): \(Plural.count(dots.used, "dot")) placed."
            }
            return "Dot vote\(size): \(dots.used) of \(people * perPerson) dots used, \(unused) unused."
        case .approval: return "Approval vote\(size): approvals per option."
        case .score: return "Score vote\(size): total points per option."
        case .plurality: return "Plurality vote\(size): first choices per option."
        case .borda:
            let top = max(options.count - 1, 0)
            return "Borda count\(size): \(Plural.count(top, "point")) for a first place down to 0 for last; "
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
        let markWidth = marks.map(TerminalWidth.of).max() ?? 0
        let nameWidth = ranking.map { TerminalWidth.of($0.option) }.max() ?? 0
        let scoreWidth = scores.map(TerminalWidth.of).max() ?? 0
        return ranking.indices.map { index in
            TerminalWidth.padded(marks[index], to: markWidth) + "  " + TerminalWidth.padded(ranking[index].option, to: nameWidth)
                + "  " + TerminalWidth.rightAligned(scores[index], to: scoreWidth)
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
        let theirs = "\(together ? "their" : "its") \(Plural.count(moved, "ballot"))"
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

    /// The widest a pairwise table should be, so it reads in a terminal.
    private static let tableWidth = 80

    /// The options' names when a table headed by them fits, else 1, 2, 3….
    private var defaultKeys: [String] {
        let names = options.map(TerminalWidth.of)
        let width = (names.max() ?? 0) + names.reduce(0) { $0 + 2 + max($1, 3) }
        return width <= Self.tableWidth ? options : options.indices.map { String($0 + 1) }
    }

    /// A square table of counts: one row per option, headed by its key and
    /// name, and one column per option, headed by its key. Row headings are
    /// cut short when the table would be wider than 80 columns.
    private func table(_ counts: [[Int]], keys: [String]) -> [String] {
        let widths = options.indices.map { column in
            max(TerminalWidth.of(keys[column]), counts.map { String($0[column]).count }.max() ?? 0)
        }
        let cellsWidth = widths.reduce(0) { $0 + 2 + $1 }
        let fullHeadings = options.indices.map { rowHeading($0, keys: keys) }
        let room = max(Self.tableWidth - cellsWidth, 12)
        let headings = fullHeadings.map { TerminalWidth.clipped($0, to: room) }
        let headingWidth = headings.map(TerminalWidth.of).max() ?? 0
        let header = String(repeating: " ", count: headingWidth) + options.indices.map {
            "  " + TerminalWidth.rightAligned(keys[$0], to: widths[$0])
        }.joined()
        return [header] + options.indices.map { row in
            TerminalWidth.padded(headings[row], to: headingWidth) + options.indices.map { column in
                "  " + TerminalWidth.rightAligned(row == column ? "-" : String(counts[row][column]), to: widths[column])
            }.joined()
        }
    }

    /// The option's name, after its key unless the name is the key or starts with it.
    private func rowHeading(_ option: Int, keys: [String]) -> String {
        let name = options[option], key = keys[option]
        return name == key || name.hasPrefix(key + " ") ? name : key + "  " + name
    }

    private func pairLine(_ pair: LockedPair) -> String {
        "  \(pair.winner) over \(pair.loser), \(pair.votesFor) to \(pair.votesAgainst) (margin \(pair.margin)): "
            + (pair.locked ? "locked" : "skipped, it would make a cycle")
    }

    private func consensusLine(_ check: OptionConsensus) -> String {
        var line = "\(check.option): average \(formatScore(check.average)) from \(Plural.count(check.shown, "person", "people"))"
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
            var line = "\(plainList(tie.options)) tie at the keep line for \(Plural.count(tie.places, "place")): "
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
