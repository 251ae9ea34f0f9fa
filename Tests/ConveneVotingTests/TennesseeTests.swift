import Testing
@testable import ConveneVoting

/// The "Tennessee capital" example from Wikipedia ("Borda count", "Instant-runoff
/// voting", "Schulze method", "Ranked pairs", "Plurality voting"): 100 voters,
/// 42 near Memphis, 26 near Nashville, 15 near Chattanooga, 17 near Knoxville,
/// each ranking the cities by distance.
struct TennesseeTests {
    static let cities = ["Memphis", "Nashville", "Chattanooga", "Knoxville"]
    static let ballots = rankedBallots([
        (42, ["Memphis", "Nashville", "Chattanooga", "Knoxville"]),
        (26, ["Nashville", "Chattanooga", "Knoxville", "Memphis"]),
        (15, ["Chattanooga", "Knoxville", "Nashville", "Memphis"]),
        (17, ["Knoxville", "Chattanooga", "Nashville", "Memphis"]),
    ], options: cities)

    @Test func bordaGivesNashville194() throws {
        let result = try counter(.borda, Self.cities).count(Self.ballots)
        #expect(result.order == ["Nashville", "Chattanooga", "Memphis", "Knoxville"])
        #expect(result.scores == [194, 173, 126, 107])
    }

    @Test func pluralityElectsMemphis() throws {
        let result = try counter(.plurality, Self.cities).count(Self.ballots)
        #expect(result.order == ["Memphis", "Nashville", "Knoxville", "Chattanooga"])
        #expect(result.scores == [42, 26, 17, 15])
    }

    @Test func instantRunoffElectsKnoxvilleInThreeRounds() throws {
        let result = try counter(.irv, Self.cities).count(Self.ballots)
        #expect(result.winner == "Knoxville")
        let rounds = try #require(result.rounds)
        #expect(rounds.count == 3)
        #expect(rounds[0].eliminated == ["Chattanooga"])
        #expect(rounds[0].transfers == [OptionVotes(option: "Knoxville", votes: 15)])
        #expect(rounds[1].eliminated == ["Nashville"])
        #expect(rounds[1].transfers == [OptionVotes(option: "Knoxville", votes: 26)])
        #expect(rounds[2].votes == [OptionVotes(option: "Knoxville", votes: 58), OptionVotes(option: "Memphis", votes: 42)])
        #expect(rounds[2].majority == "Knoxville")
        #expect(result.order == ["Knoxville", "Memphis", "Nashville", "Chattanooga"])
        #expect(result.explanation() == [
            "Instant runoff, 100 ballots.",
            "1  Knoxville    58",
            "2  Memphis      42",
            "3  Nashville    26",
            "4  Chattanooga  15",
            "Round 1: Memphis 42, Nashville 26, Knoxville 17, Chattanooga 15 (100 continuing; 51 needed for a majority).",
            "  Chattanooga is eliminated; its 15 ballots go to Knoxville 15.",
            "Round 2: Memphis 42, Knoxville 32, Nashville 26 (100 continuing; 51 needed for a majority).",
            "  Nashville is eliminated; its 26 ballots go to Knoxville 26.",
            "Round 3: Knoxville 58, Memphis 42 (100 continuing).",
            "  Knoxville has 58 of 100 continuing ballots: a majority.",
            "Kept (all): Knoxville, Memphis, Nashville, Chattanooga.",
        ])
    }

    @Test func schulzeElectsNashville() throws {
        let result = try counter(.schulze, Self.cities).count(Self.ballots)
        #expect(result.order == ["Nashville", "Chattanooga", "Knoxville", "Memphis"])
        #expect(result.pairwise == [[0, 42, 42, 42], [58, 0, 68, 68], [58, 32, 0, 83], [58, 32, 17, 0]])
    }

    @Test func rankedPairsLocksChattanoogaOverKnoxvilleFirst() throws {
        let result = try counter(.rankedPairs, Self.cities).count(Self.ballots)
        #expect(result.order == ["Nashville", "Chattanooga", "Knoxville", "Memphis"])
        let pairs = try #require(result.lockedPairs)
        #expect(pairs.first == LockedPair(winner: "Chattanooga", loser: "Knoxville", votesFor: 83, votesAgainst: 17, locked: true))
        #expect(pairs.allSatisfy { $0.locked })
    }
}
