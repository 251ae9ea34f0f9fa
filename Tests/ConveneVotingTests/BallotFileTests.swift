import Foundation
import Testing
@testable import ConveneVoting

/// Reading ballot files: RFC 4180 quoting, blank cells, and errors that name
/// the row and column.
struct BallotFileTests {
    static func file(_ text: String) throws(BallotError) -> BallotFile {
        try BallotFile(csv: Array(text.utf8))
    }

    static func cells(_ file: BallotFile) -> [Int32?] {
        file.ballots.cells.map { $0 == BallotMatrix.blank ? nil : $0 }
    }

    @Test func headerNamesOptionsAndRowsHoldCells() throws {
        let file = try Self.file("A,B,C\n1,2,\n,1,2\n")
        #expect(file.options == ["A", "B", "C"])
        #expect(file.ballotCount == 2)
        #expect(Self.cells(file) == [1, 2, nil, nil, 1, 2])
    }

    @Test func quotedCellsMayHoldCommasQuotesAndLineBreaks() throws {
        let file = try Self.file("\"Option, with comma\",\"Say \"\"hi\"\"\",\"Two\nlines\"\n\"3\",,\" 1 \"\n")
        #expect(file.options == ["Option, with comma", "Say \"hi\"", "Two\nlines"])
        #expect(Self.cells(file) == [3, nil, 1])
    }

    @Test func crlfLineEndsAByteOrderMarkAndNoFinalLineEndAreFine() throws {
        let file = try BallotFile(csv: [0xEF, 0xBB, 0xBF] + Array("A,B\r\n1,0\r\n0,1".utf8))
        #expect(file.options == ["A", "B"])
        #expect(Self.cells(file) == [1, 0, 0, 1])
    }

    @Test func aTrailingCommaAtTheEndOfTheFileIsABlankCell() throws {
        #expect(Self.cells(try Self.file("A,B\n1,")) == [1, nil])
    }

    @Test func emptyLinesAreSkippedButStillCountAsRows() throws {
        #expect(failure { try Self.file("A,B\n1,2\n\n1,x\n") } == "row 4, column 2 (`B`): `x` is not a whole number")
        let file = try Self.file("\nA,B\n\n1,2\n\n3,4\n")
        #expect(file.ballotCount == 2)
        #expect(file.row(ofBallot: 0) == 4)
        #expect(file.row(ofBallot: 1) == 6)
    }

    @Test func badNumbersNameTheRowAndColumn() throws {
        #expect(failure { try Self.file("A,B\n1,2.5\n") } == "row 2, column 2 (`B`): `2.5` is not a whole number")
        #expect(failure { try Self.file("A,B\n12345678901,1\n") } == "row 2, column 1 (`A`): `12345678901` is too large")
        #expect(failure { try Self.file("A,B\n\"1\n2\",1\n") } == "row 2, column 1 (`A`): `1\n2` is not a whole number")
        do {
            _ = try Self.file("A,B\n1,2\n3,-\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.row == 3)
            #expect(error.column == 2)
        }
    }

    @Test func rowsMustHaveOneCellPerOption() {
        #expect(failure { try Self.file("A,B,C\n1,2\n") } == "row 2 has 2 cells, but the header names 3 options")
        #expect(failure { try Self.file("A,B\n1,2,3\n") } == "row 2 has 3 cells, but the header names 2 options")
    }

    @Test func theHeaderMustNameEachOptionOnce() {
        #expect(failure { try Self.file("A,,C\n") } == "row 1, column 2: the option name is blank")
        #expect(failure { try Self.file("A,B,A\n") } == "row 1, column 3: `A` already names column 1")
        #expect(failure { try Self.file("") } == "the file is empty")
    }

    @Test func quotesMustBeClosedAndEndTheCell() {
        #expect(failure { try Self.file("A,B\n\"1,2\n") } == "row 2, column 1: a quoted cell is never closed")
        #expect(failure { try Self.file("A,B\n\"1\"x,2\n") } == "row 2, column 1: a quoted cell must end at its closing quote")
    }

    @Test func countingAFileNamesTheRowThatBreaksTheRule() throws {
        let ranks = try Self.file("A,B,C\n1,2,3\n2,1,2\n")
        #expect(failure { try VoteCounter(rule: VoteRule(method: .borda), options: ranks.options).count(ranks) }
            == "row 3, column 3 (`C`): rank 2 is used twice")
        let gap = try Self.file("A,B,C\n1,,3\n")
        #expect(failure { try VoteCounter(rule: VoteRule(method: .irv), options: gap.options).count(gap) }
            == "row 2: rank 3 is used but rank 2 is not")
        let outside = try Self.file("A,B,C\n1,4,\n")
        #expect(failure { try VoteCounter(rule: VoteRule(method: .schulze), options: outside.options).count(outside) }
            == "row 2, column 2 (`B`): rank 4 is outside 1 to 3")
        let dots = try Self.file("A,B\n1,1\n\n2,3\n")
        let rule = VoteRule(method: .dots, dotsPerPerson: 3)
        #expect(failure { try VoteCounter(rule: rule, options: dots.options).count(dots) }
            == "row 4: 5 dots is 2 more than the 3 each person has")
        let approvals = try Self.file("A,B\n1,2\n")
        #expect(failure { try VoteCounter(rule: VoteRule(method: .approval), options: approvals.options).count(approvals) }
            == "row 2, column 2 (`B`): an approval is 1 (yes) or 0 (no), not 2")
    }

    @Test func aFileIsCountedLikeTypedBallots() throws {
        let file = try Self.file("Memphis,Nashville,Chattanooga,Knoxville\n1,2,3,4\n4,1,2,3\n4,3,1,2\n4,3,2,1\n")
        let fromFile = try VoteCounter(rule: VoteRule(method: .borda), options: file.options).count(file)
        let typed = rankedBallots([
            (1, ["Memphis", "Nashville", "Chattanooga", "Knoxville"]),
            (1, ["Nashville", "Chattanooga", "Knoxville", "Memphis"]),
            (1, ["Chattanooga", "Knoxville", "Nashville", "Memphis"]),
            (1, ["Knoxville", "Chattanooga", "Nashville", "Memphis"]),
        ], options: TennesseeTests.cities)
        #expect(fromFile == (try counter(.borda, TennesseeTests.cities).count(typed)))
    }

    @Test func aFilesOptionsMustMatchTheVote() throws {
        let file = try Self.file("A,B\n1,2\n")
        #expect(failure { try counter(.borda, ["A", "C"]).count(file) }
            == "the file's options (`A` and `B`) are not this vote's options (`A` and `C`)")
    }

    @Test func aMissingFileSaysWhy() {
        #expect(failure { try BallotFile.read(path: "/nonexistent/ballots.csv") }
            == "can't read `/nonexistent/ballots.csv`: No such file or directory")
    }

    /// A file of several chunks, with quoted line breaks and long quoted cells
    /// landing on chunk boundaries, reads the same from disk as from memory.
    @Test func aLargeFileReadInChunksMatchesTheSameBytesInMemory() throws {
        var random = SplitMix64(seed: 7)
        let longLine = "a long name, with commas and \"\"quotes\"\"\n"
        let longName = "first\n" + String(repeating: "a long name, with commas and \"quotes\"\n", count: 40_000)
        var text = "\"first\n" + String(repeating: longLine, count: 40_000) + "\",second,\"third, with comma\"\r\n"
        for row in 0..<120_000 {
            let cells = (0..<3).map { _ in String(random.next(below: 4)) }
            if row % 997 == 0 {
                text += "\"\(cells[0])\",\" \(cells[1]) \",\(cells[2])\r\n"
            } else if row % 1999 == 0 {
                text += "\n"
            } else {
                text += cells.joined(separator: ",") + "\n"
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ballots-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromDisk = try BallotFile.read(path: path)
        let inMemory = try Self.file(text)
        #expect(text.utf8.count > 2 << 20)
        #expect(fromDisk.options == [longName, "second", "third, with comma"])
        #expect(fromDisk.ballots == inMemory.ballots)
        #expect(fromDisk.emptyRows == inMemory.emptyRows)
        #expect(fromDisk.ballotCount == inMemory.ballotCount)
    }
}
