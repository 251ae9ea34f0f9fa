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
        let difference = GoldenText.difference(actual: ConveneLanguage.Formatter.format(file), expected: try FixtureFiles.text(expectedURL))
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test(arguments: allScripts)
    func keepsTheTreeAndComments(script: URL) throws {
        let original = try parseClean(FixtureFiles.text(script), path: script.lastPathComponent)
        let formatted = ConveneLanguage.Formatter.format(original)
        let reparsed = try parseClean(formatted, path: script.lastPathComponent + " (formatted)")
        #expect(SyntaxDump.dump(reparsed) == SyntaxDump.dump(original))
        // Comments inside interpolations come out of the string, so count those too.
        let before = InterpolationComments.all(in: original).map(\.text.trimmed)
        #expect(InterpolationComments.all(in: reparsed).map(\.text.trimmed) == before)
    }

    @Test(arguments: allScripts)
    func formattingTwiceChangesNothing(script: URL) throws {
        let once = ConveneLanguage.Formatter.format(try parseClean(FixtureFiles.text(script), path: script.lastPathComponent))
        let twice = ConveneLanguage.Formatter.format(try parseClean(once, path: script.lastPathComponent + " (formatted)"))
        #expect(twice == once)
    }

    @Test(arguments: allScripts)
    func ignoresSpacingBetweenTokens(script: URL) throws {
        let text = try FixtureFiles.text(script)
        let expected = ConveneLanguage.Formatter.format(try parseClean(text, path: script.lastPathComponent))
        for seed in 1...5 {
            var respacer = Respacer(seed: UInt64(seed) &* 7919 &+ UInt64(text.utf8.count))
            let respaced = respacer.respace(SourceFile(path: script.lastPathComponent, text: text))
            let formatted = ConveneLanguage.Formatter.format(try parseClean(respaced, path: script.lastPathComponent + " (respaced)"))
            let difference = GoldenText.difference(actual: formatted, expected: expected)
            #expect(difference == nil, "respaced with seed \(seed):\n\(respaced)\n\(difference ?? "")")
        }
    }

    @Test func examplesAreFound() {
        #expect(!FixtureFiles.examples().isEmpty, "no Examples/*.convene found from \(#filePath)")
    }

    @Test func emptyFileStaysEmpty() throws {
        #expect(ConveneLanguage.Formatter.format(try parseClean("", path: "empty.convene")) == "")
        #expect(ConveneLanguage.Formatter.format(try parseClean("\n\n  # only\n\n", path: "comment.convene")) == "# only\n")
    }

    @Test func keepsTrailingCommentOrderAroundOwnLineComments() throws {
        let file = try parseClean("let x = [1, # one\n  # between\n  2]\n", path: "order.convene")
        #expect(ConveneLanguage.Formatter.format(file) == "# one\n# between\nlet x = [1, 2]\n")
    }

    @Test func escapesQuotesThatWouldCloseABlockString() throws {
        let file = try parseClean("let x = \"\"\"\n  \\\"\\\"\\\"\n  \"\"\"\n", path: "quotes.convene")
        let formatted = ConveneLanguage.Formatter.format(file)
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

@Suite struct BlockStringFormattingTests {
    @Test func quotesBlockTextThatNoBlockCanHold() throws {
        // `\n` escapes make a line of two spaces, which a block would read as empty.
        let file = try parseClean("let x = \"\"\"\n  a\\n  \\nb\n  \"\"\"\n", path: "spaces.convene")
        let formatted = ConveneLanguage.Formatter.format(file)
        #expect(formatted == "let x = \"a\\n  \\nb\"\n")
    }

    @Test func keepsEmptyLinesAndLeadingBlankLineOfABlock() throws {
        let file = try parseClean("let x = \"\"\"\n\n    a\n\n      b\n\n    \"\"\"\n", path: "blank.convene")
        #expect(ConveneLanguage.Formatter.format(file) == "let x = \"\"\"\n\n  a\n\n    b\n\n  \"\"\"\n")
    }

    @Test func writesAnEmptyBlock() throws {
        let file = try parseClean("let x = \"\"\"\n\"\"\"\n", path: "empty.convene")
        let formatted = ConveneLanguage.Formatter.format(file)
        #expect(formatted == "let x = \"\"\"\n\n  \"\"\"\n")
        #expect(SyntaxDump.dump(try parseClean(formatted, path: "empty (formatted)")) == SyntaxDump.dump(file))
    }
}
