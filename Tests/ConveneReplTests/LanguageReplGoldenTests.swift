import Foundation
import Testing

/// Every language REPL command through piped input: each
/// `Fixtures/repl/NAME.input` is typed into `convene repl` (run in the
/// fixtures folder, so `:load` finds the scripts there) and what it prints
/// must be exactly `NAME.expected`.
@Suite struct LanguageReplGoldenTests {
    static let cases = Fixtures.inputs(in: "repl")

    @Test(arguments: cases)
    func transcript(_ name: String) throws {
        let input = try Fixtures.text("repl", name + ".input")
        let expected = try Fixtures.text("repl", name + ".expected")
        let home = try ConveneBinary.temporaryFolder()
        let result = try PipedRun.run(
            ["repl"], input: input, directory: Fixtures.folder.appendingPathComponent("repl"),
            environment: ConveneBinary.environment(home: home))
        #expect(result.output == expected)
        #expect(result.status == 0)
        let history = home.appendingPathComponent(".convene_repl_history").path
        #expect(!FileManager.default.fileExists(atPath: history), "piped input is not kept as history")
    }

    @Test func thereAreCasesToRun() {
        #expect(Self.cases.count >= 5)
    }
}
