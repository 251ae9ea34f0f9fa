import Foundation
import Testing
@testable import ConveneLanguage

@Suite("Checker: golden files")
struct CheckerGoldenTests {
    /// Every `Fixtures/check/NAME.convene`, by name.
    static let fixtures: [String] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures/check", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".convene") }.map { String($0.dropLast(".convene".count)) }.sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 4)
    }

    @Test(arguments: fixtures)
    func renderedDiagnosticsMatch(_ name: String) throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/check", withExtension: nil))
        let script = try String(contentsOf: folder.appendingPathComponent(name + ".convene"), encoding: .utf8)
        let expected = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let loader = InMemorySourceLoader(files: [name + ".convene": script])
        let program = ScriptChecker(loader: loader).check(path: name + ".convene")
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
