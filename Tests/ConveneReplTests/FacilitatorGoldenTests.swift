import Foundation
import Testing

/// Every facilitator command through piped input: each
/// `Fixtures/run/NAME.input` is typed into `convene run full.convene` (in a
/// new session folder, with a fixed seed) and what it prints, with the
/// folder's path written SESSION, must be exactly `NAME.expected`.
@Suite struct FacilitatorGoldenTests {
    static let cases = Fixtures.inputs(in: "run")

    @Test(arguments: cases)
    func transcript(_ name: String) throws {
        let input = try Fixtures.text("run", name + ".input")
        let expected = try Fixtures.text("run", name + ".expected")
        let folder = try ConveneBinary.temporaryFolder()
        let session = folder.appendingPathComponent("session").path
        let result = try PipedRun.run(
            ["run", "full.convene", "--out", session, "--seed", "7"], input: input,
            directory: Fixtures.folder.appendingPathComponent("run"),
            environment: ConveneBinary.environment(home: folder))
        #expect(result.output.replacingOccurrences(of: session, with: "SESSION") == expected)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: session + "/input-history.txt"), "piped input is not kept as history")
    }

    @Test func everyCommandIsTyped() throws {
        let typed = try Self.cases.map { try Fixtures.text("run", $0 + ".input") }.joined(separator: "\n")
        let commands = ["next", "back", "goto", "skip", "where", "status", "list", "themes", "results", "grid", "undo",
                        "pause", "quit", "help", "note", "edit", "remove", "theme", "move", "merge", "rename", "vote",
                        "tally", "order", "place", "nudge", "higher", "lower", "left", "right", "action", "owner",
                        "step", "due"]
        for command in commands {
            #expect(typed.contains(":" + command), "no golden case types :\(command)")
        }
    }
}
