import Foundation
import Testing
@testable import ConveneLanguage

@Suite("Checker: golden files")
struct CheckerGoldenTests {
    /// Every `Fixtures/check/**/NAME.convene`, by its path below `check` without
    /// the extension. Scripts with syntax errors live in `syntax-errors/`, out
    /// of the grammar test's sight, which holds every other script to be valid.
    static let fixtures: [String] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures/check", withExtension: nil),
            let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]
        else { return [] }
        return paths.filter { $0.hasSuffix(".convene") }.map { String($0.dropLast(".convene".count)) }.sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 5)
    }

    @Test(arguments: fixtures)
    func renderedDiagnosticsMatch(_ name: String) throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/check", withExtension: nil))
        let script = try String(contentsOf: folder.appendingPathComponent(name + ".convene"), encoding: .utf8)
        let expected = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let fileName = (name as NSString).lastPathComponent + ".convene"
        let program = ScriptChecker(loader: InMemorySourceLoader(files: [fileName: script])).check(path: fileName)
        #expect(rendered(program) == expected)
    }

    @Test func threeSeparateMistakesGiveThreeLocatedDiagnostics() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/check", withExtension: nil))
        let script = try String(contentsOf: folder.appendingPathComponent("three-mistakes.convene"), encoding: .utf8)
        let program = checkScript(script)
        #expect(summary(program) == [
            "12:70 CV0601 axis `impact` has no end `hihg`",
            "21:11 CV0200 unknown name `not-workng`",
            "28:9 CV0502 a cap of 5 is more than the 3 dots each person has",
        ])
    }
}
