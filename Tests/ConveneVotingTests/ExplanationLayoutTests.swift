import ConveneText
import Testing
@testable import ConveneVoting

/// How the explanation lays out its columns: by terminal width, and with
/// pairwise tables that fit in 80 columns however long the options' names are.
struct ExplanationLayoutTests {
    static let long = [
        "Better onboarding for new volunteers 🎉", "Shared calendar across all the teams in town",
        "A quieter meeting room with proper heating", "Café menu 日本語 in plain words",
    ]
    static let ballots = rankedBallots([
        (1, [long[0], long[1], long[2], long[3]]), (1, [long[1], long[0], long[3], long[2]]),
        (1, [long[2], long[3], long[0], long[1]]), (1, [long[0], long[2], long[1], long[3]]),
    ], options: long)

    @Test func longNamesGetNumberedColumns() throws {
        let lines = try counter(.schulze, Self.long).count(Self.ballots).explanation()
        #expect(Array(lines[5...10]) == [
            "Pairwise: how many ballots rank the row's option above the column's.",
            "                                                 1  2  3  4",
            "1  Better onboarding for new volunteers 🎉       -  3  3  3",
            "2  Shared calendar across all the teams in town  1  -  2  3",
            "3  A quieter meeting room with proper heating    1  2  -  3",
            "4  Café menu 日本語 in plain words               1  1  1  -",
        ])
        #expect(lines.filter { $0.first == " " || $0.first?.isNumber == true }.allSatisfy { TerminalWidth.of($0) <= 80 })
    }

    @Test func givenKeysHeadTheColumnsAndStartTheRows() throws {
        let options = Self.long.enumerated().map { "t\($0.offset + 1) \($0.element)" }
        let ballots = rankedBallots([(2, [options[0], options[1]]), (1, [options[1], options[0]])], options: options)
        let lines = try counter(.rankedPairs, options).count(ballots).explanation(keys: ["t1", "t2", "t3", "t4"])
        #expect(Array(lines[5...10]) == [
            "Pairwise: how many ballots rank the row's option above the column's.",
            "                                                 t1  t2  t3  t4",
            "t1 Better onboarding for new volunteers 🎉        -   2   3   3",
            "t2 Shared calendar across all the teams in town   1   -   3   3",
            "t3 A quieter meeting room with proper heating     0   0   -   0",
            "t4 Café menu 日本語 in plain words                0   0   0   -",
        ])
    }

    @Test func rowHeadingsAreCutToKeepTheTableIn80Columns() throws {
        let options = (1...4).map { "t\($0) " + String(repeating: "word ", count: 20) + "\($0)" }
        let ballots = rankedBallots([(1, [options[0]])], options: options)
        let lines = try counter(.schulze, options).count(ballots).explanation(keys: ["t1", "t2", "t3", "t4"])
        let table = lines.drop { !$0.hasPrefix("Pairwise") }.dropFirst().prefix(5)
        #expect(table.first == String(repeating: " ", count: 63) + "  t1  t2  t3  t4")
        #expect(table.dropFirst().first == "t1 word word word word word word word word word word word word…   -   1   1   1")
        #expect(table.allSatisfy { TerminalWidth.of($0) == 79 })
    }

    @Test func rankingLinesLineUpAfterWideCharacters() throws {
        let options = ["A 🎉", "B\u{301}", "日本", "C"]
        let ballots = rankedBallots([(1, options), (1, ["日本", "A 🎉", "B\u{301}", "C"])], options: options)
        let lines = try counter(.borda, options).count(ballots).explanation()
        #expect(Array(lines[1...4]) == [
            "1  A 🎉  5",
            "2  日本  4",
            "3  B́     3",
            "4  C     0",
        ])
    }

    @Test func terminalWidthCountsWideCharactersTwiceAndMarksNever() {
        #expect(TerminalWidth.of("abc") == 3)
        #expect(TerminalWidth.of("🎉") == 2)
        #expect(TerminalWidth.of("❤️") == 2)
        #expect(TerminalWidth.of("❤") == 1)
        #expect(TerminalWidth.of("日本語") == 6)
        #expect(TerminalWidth.of("e\u{301}") == 1)
        #expect(TerminalWidth.of("👩‍👩‍👧") == 2)
        #expect(TerminalWidth.of("🇬🇧") == 2)
        #expect(TerminalWidth.of("ｈｉ") == 4)
    }
}
