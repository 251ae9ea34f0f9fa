import Foundation
import Testing
@testable import ConveneLanguage

@Suite struct FormatterTests {
    /// The golden pairs: `Fixtures/format/NAME.input.convene` → `NAME.expected.convene`.
    static let goldenInputs = FixtureFiles.files(in: FixtureFiles.folder("format"), endingWith: ".input.convene")
    static let expectedOutputs = FixtureFiles.files(in: FixtureFiles.folder("format"), endingWith: ".expected.convene")
    /// Every script the formatter must leave meaning the same: fixtures and examples.
    static let allScripts = goldenInputs + expectedOutputs + FixtureFiles.examples()

    @Test(arguments: goldenInputs)
    func formatsToGolden(input: URL) throws {
        let expectedURL = URL(fileURLWithPath: input.path.replacingOccurrences(of: ".input.convene", with: ".expected.convene"))
        let file = try parseClean(FixtureFiles.text(input), path: input.lastPathComponent)
        #expect(Formatter.format(file) == (try FixtureFiles.text(expectedURL)))
    }

    @Test(arguments: allScripts)
    func keepsTheTreeAndComments(script: URL) throws {
        let original = try parseClean(FixtureFiles.text(script), path: script.lastPathComponent)
        let formatted = Formatter.format(original)
        let reparsed = try parseClean(formatted, path: script.lastPathComponent + " (formatted)")
        #expect(SyntaxDump.dump(reparsed) == SyntaxDump.dump(original))
        #expect(reparsed.comments.map(\.text.trimmed) == original.comments.map(\.text.trimmed))
    }

    @Test(arguments: allScripts)
    func formattingTwiceChangesNothing(script: URL) throws {
        let once = Formatter.format(try parseClean(FixtureFiles.text(script), path: script.lastPathComponent))
        let twice = Formatter.format(try parseClean(once, path: script.lastPathComponent + " (formatted)"))
        #expect(twice == once)
    }

    @Test func examplesAreFound() {
        #expect(!FixtureFiles.examples().isEmpty, "no Examples/*.convene found from \(#filePath)")
    }

    @Test func emptyFileStaysEmpty() throws {
        #expect(Formatter.format(try parseClean("", path: "empty.convene")) == "")
        #expect(Formatter.format(try parseClean("\n\n  # only\n\n", path: "comment.convene")) == "# only\n")
    }

    @Test func keepsTrailingCommentOrderAroundOwnLineComments() throws {
        let file = try parseClean("let x = [1, # one\n  # between\n  2]\n", path: "order.convene")
        #expect(Formatter.format(file) == "# one\n# between\nlet x = [1, 2]\n")
    }

    @Test func escapesQuotesThatWouldCloseABlockString() throws {
        let file = try parseClean("let x = \"\"\"\n  \\\"\\\"\\\"\n  \"\"\"\n", path: "quotes.convene")
        let formatted = Formatter.format(file)
        #expect(SyntaxDump.dump(try parseClean(formatted, path: "quotes (formatted)")) == SyntaxDump.dump(file))
    }
}

/// Parses a script that must have no diagnostics, recording them as a test issue if it has.
func parseClean(_ text: String, path: String) throws -> SyntaxFile {
    let source = SourceFile(path: path, text: text)
    let parsed = Parser.parse(source)
    if !parsed.diagnostics.isEmpty {
        let rendered = DiagnosticRenderer(sources: [source]).render(parsed.diagnostics)
        Issue.record("\(path) does not parse cleanly:\n\(rendered)")
        throw ParseFailure()
    }
    return parsed.syntax
}

struct ParseFailure: Error {}

extension String {
    /// Without trailing spaces or a carriage return, as the formatter writes comments.
    var trimmed: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
