import ArgumentParser
import ConveneLanguage
import ConveneVoting

/// `convene tally`: count a file of ballots collected elsewhere (a form, a spreadsheet)
/// by the same rules a script's `vote` block uses.
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Count a CSV file of ballots with a voting method.",
        discussion: """
            The file's first row names the options; each further row is one ballot:
            ranks (1 = first, blank = unranked) for plurality, borda, irv, schulze and
            ranked-pairs; dots, scores or fingers for dots, score and fist-of-five;
            1 or 0 for approval.
            """
    )

    @Option(help: ArgumentHelp("dots, approval, score, plurality, borda, irv, schulze, ranked-pairs or fist-of-five.", valueName: "method"))
    var method: String

    @Option(help: ArgumentHelp("Dots each person has (dots).", valueName: "n"))
    var dots: Int?

    @Option(help: ArgumentHelp("Most dots one person may put on one option (dots).", valueName: "n"))
    var cap: Int?

    @Option(help: ArgumentHelp("The scores allowed (score), as LOW..HIGH.", valueName: "range"))
    var range: String?

    @Option(help: ArgumentHelp("How many people voted, when known.", valueName: "n"))
    var voters: Int?

    @Option(name: .customLong("keep-top"), help: ArgumentHelp("Keep the best N options.", valueName: "n"))
    var keepTop: Int?

    @Option(name: .customLong("keep-above"), help: ArgumentHelp("Keep every option scoring more than this.", valueName: "score"))
    var keepAbove: Double?

    @Option(help: ArgumentHelp("How ties across the keep line are broken: facilitator, revote or random.", valueName: "rule"))
    var ties = "facilitator"

    @Option(help: ArgumentHelp("Seed for a random tie-break, so the draw can be repeated.", valueName: "n"))
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("text (what to read to the room) or json.", valueName: "format"))
    var format = "text"

    @ArgumentParser.Argument(help: ArgumentHelp("The ballots, as CSV.", valueName: "ballots.csv"))
    var ballots: String

    func validate() throws {
        _ = try rule()
        guard ["text", "json"].contains(format) else {
            throw ValidationError("--format takes text or json, not `\(format)`")
        }
    }

    func run() throws {
        do {
            let file = try BallotFile.read(path: ballots)
            let result = try VoteCounter(rule: try rule(), options: file.options, seed: seed).count(file)
            if format == "json" {
                print(try result.json())
            } else {
                print(result.explanation().joined(separator: "\n"))
            }
        } catch let error as BallotError {
            printError("\(ballots): error: \(error.description)\n")
            throw ExitCode(ExitStatus.failure)
        }
    }

    /// The vote rule the options describe, or a usage error naming the bad option.
    private func rule() throws -> VoteRule {
        guard let votingMethod = VotingMethod(rawValue: method) else {
            let hint = Suggestions.didYouMean(method, in: VotingMethod.allCases.map(\.rawValue)).map { " (\($0))" } ?? ""
            throw ValidationError("unknown method `\(method)`\(hint); the methods are \(VotingMethod.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let tieBreak = TieBreak(rawValue: ties) else {
            throw ValidationError("--ties takes facilitator, revote or random, not `\(ties)`")
        }
        if keepTop != nil && keepAbove != nil {
            throw ValidationError("--keep-top and --keep-above cannot be used together")
        }
        let keep: KeepRule = keepTop.map(KeepRule.top) ?? keepAbove.map(KeepRule.above) ?? .all
        return VoteRule(
            method: votingMethod, dotsPerPerson: dots, capPerOption: cap, scoreRange: try scoreRange(),
            mode: .anonymous, voters: voters, keep: keep, ties: tieBreak
        )
    }

    private func scoreRange() throws -> ClosedRange<Int>? {
        guard let range else { return nil }
        let parts = range.split(separator: ".", omittingEmptySubsequences: true)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low < high else {
            throw ValidationError("--range takes LOW..HIGH with LOW below HIGH, such as 0..5, not `\(range)`")
        }
        return low...high
    }
}
