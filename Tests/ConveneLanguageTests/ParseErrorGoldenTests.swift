import Foundation
import Testing
import ConveneLanguage

/// Every script in `Fixtures/parse-errors/` next to the exact diagnostics it
/// must produce, as `convene check` renders them. Run with
/// `CONVENE_UPDATE_GOLDEN=1` to rewrite the `.expected` files after a deliberate change.
@Suite struct ParseErrorGoldenTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/parse-errors")
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/parse-errors")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".convene") }.sorted()
    }

    @Test func thereIsAFixtureForEveryLexicalAndSyntaxCode() throws {
        var codes = Set<DiagnosticCode>()
        for script in Self.scripts {
            let source = try Self.source(script)
            codes.formUnion(Parser.parse(source).diagnostics.map(\.code))
        }
        let lexicalAndSyntax = DiagnosticCode.allCases.filter { $0.rawValue < "CV0200" && $0 != .nestingTooDeep }
        #expect(lexicalAndSyntax.filter { !codes.contains($0) } == [])
    }

    @Test(arguments: scripts)
    func rendersExactlyTheExpectedDiagnostics(script: String) throws {
        let source = try Self.source(script)
        let parsed = Parser.parse(source)
        let rendered = DiagnosticRenderer(sources: [source]).render(parsed.diagnostics)
        let expectedName = script.replacingOccurrences(of: ".convene", with: ".expected")
        if ProcessInfo.processInfo.environment["CONVENE_UPDATE_GOLDEN"] != nil {
            try rendered.write(to: Self.sourceFolder.appendingPathComponent(expectedName), atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(expectedName), encoding: .utf8)
        #expect(rendered == expected)
        #expect(!parsed.diagnostics.isEmpty)
    }

    @Test func threeSeparateMistakesGiveThreeLocatedErrors() throws {
        let parsed = Parser.parse(try Self.source("three-mistakes.convene"))
        let locations = parsed.diagnostics.map { "\(parsed.syntax.source.location(of: $0.range.start)) \($0.code.rawValue)" }
        #expect(locations == ["11:46 CV0100", "18:5 CV0104", "23:29 CV0100"])
    }

    static func source(_ script: String) throws -> SourceFile {
        SourceFile(path: script, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(script))))
    }
}
