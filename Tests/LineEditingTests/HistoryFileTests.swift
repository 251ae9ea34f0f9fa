import Foundation
import Testing
@testable import LineEditing

@Suite struct HistoryFileTests {
    private func temporaryPath(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("convene-history-\(UUID().uuidString)")
        return folder.appendingPathComponent(name).path
    }

    @Test func linesAppendedAreLoadedBackInOrder() {
        let file = HistoryFile(path: temporaryPath("nested/history"))
        file.append(":next")
        file.append("Café culture ☕")
        #expect(file.load(limit: 10) == [":next", "Café culture ☕"])
    }

    @Test func aMissingFileHasNoHistory() {
        #expect(HistoryFile(path: temporaryPath("absent")).load(limit: 10).isEmpty)
    }

    @Test func aFileTwiceTooLongIsCutToItsNewestLines() throws {
        let file = HistoryFile(path: temporaryPath("history"))
        for number in 1...7 { file.append("line \(number)") }
        #expect(file.load(limit: 3) == ["line 5", "line 6", "line 7"])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text == "line 5\nline 6\nline 7\n")
    }

    @Test func aFileLongerThanTheLimitGivesItsNewestLinesAndIsLeftAsItIs() throws {
        let file = HistoryFile(path: temporaryPath("history"))
        for number in 1...5 { file.append("line \(number)") }
        #expect(file.load(limit: 3) == ["line 3", "line 4", "line 5"])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text == "line 1\nline 2\nline 3\nline 4\nline 5\n")
    }

    @Test func theUserFileFollowsXDGStateHomeOrElseHome() {
        let xdg = HistoryFile.userFile(named: "history", environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/ann"])
        #expect(xdg?.path == "/state/convene/history")
        let home = HistoryFile.userFile(named: "history", environment: ["HOME": "/home/ann"])
        #expect(home?.path == "/home/ann/.convene_history")
        #expect(HistoryFile.userFile(named: "history", environment: [:]) == nil)
    }
}
