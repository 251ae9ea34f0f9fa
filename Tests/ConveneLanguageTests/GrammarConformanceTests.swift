import Foundation
import Testing

/// Holds `Grammar/convene.ebnf` to the scripts the Swift parser is tested
/// with, by running `Tests/Grammar/check_grammar.py` (a Lark parser built from
/// the grammar file): it must accept every Example and valid fixture, reject
/// every parse-error fixture, and find the editor grammar well formed.
@Suite("Grammar conformance")
struct GrammarConformanceTests {
    /// The package root: this file lives in `Tests/ConveneLanguageTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the EBNF grammar accepts every valid script and rejects every broken one")
    func grammarAgreesWithTheFixtures() throws {
        let run = try Self.runScript("Tests/Grammar/check_grammar.py")
        #expect(run.status == 0, "check_grammar.py failed (exit \(run.status)):\n\(run.output)")
        #expect(run.output.contains(" passed, 0 failed"), "unexpected summary:\n\(run.output)")
    }

    /// Runs a Python script from the package root and returns its exit status
    /// and everything it printed.
    static func runScript(_ relativePath: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", relativePath]
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting so a long report cannot fill the pipe and block the script.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
