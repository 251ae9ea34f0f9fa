import Testing
@testable import ConveneLanguage

@Suite struct LexerTests {
    func lex(_ text: String) -> LexedFile {
        Lexer(source: SourceFile(path: "test.convene", text: text)).tokenize()
    }

    func lex(bytes: [UInt8]) -> LexedFile {
        Lexer(source: SourceFile(path: "test.convene", bytes: bytes)).tokenize()
    }

    /// Each token as `kind:text`, without the end of file.
    func tokens(_ text: String) -> [String] {
        let source = SourceFile(path: "test.convene", text: text)
        return Lexer(source: source).tokenize().tokens.dropLast().map { token in
            let kind: String
            switch token.kind {
            case .identifier: kind = "name"
            case .keyword: kind = "keyword"
            case .number: kind = "number"
            case .duration: kind = "duration"
            case .string: kind = "string"
            case .symbol: kind = "symbol"
            case .invalid: kind = "invalid"
            case .endOfFile: kind = "end"
            }
            return "\(kind):\(source.text(in: token.range))"
        }
    }

    func messages(_ file: LexedFile) -> [String] {
        file.diagnostics.map { "\($0.code.rawValue) \($0.range.start)-\($0.range.end) \($0.message)" }
    }

    // MARK: - Tokens

    @Test func aStatementSplitsIntoTokensWithExactRanges() {
        let file = lex("vote top on themes {\n  dots 3\n}")
        #expect(file.tokens.map(\.kind) == [
            .keyword(.vote), .identifier, .keyword(.on), .identifier, .symbol(.leftBrace),
            .identifier, .number, .symbol(.rightBrace), .endOfFile,
        ])
        #expect(file.tokens.map(\.range) == [
            SourceRange(start: 0, end: 4), SourceRange(start: 5, end: 8), SourceRange(start: 9, end: 11),
            SourceRange(start: 12, end: 18), SourceRange(start: 19, end: 20), SourceRange(start: 23, end: 27),
            SourceRange(start: 28, end: 29), SourceRange(start: 30, end: 31), SourceRange(start: 31, end: 31),
        ])
        #expect(file.tokens.map(\.isFirstOnLine) == [true, false, false, false, false, true, false, true, false])
        #expect(file.diagnostics.isEmpty)
    }

    @Test func anEmptyFileIsJustTheEnd() {
        #expect(lex("").tokens.map(\.kind) == [.endOfFile])
        #expect(lex("  \n# only a comment\n").tokens.map(\.kind) == [.endOfFile])
    }

    @Test func hyphensJoinWordsButNotNumbersOrSpaces() {
        #expect(tokens("quick-wins") == ["name:quick-wins"])
        #expect(tokens("a - b") == ["name:a", "symbol:-", "name:b"])
        #expect(tokens("n-1") == ["name:n", "symbol:-", "number:1"])
        #expect(tokens("a--b") == ["name:a", "symbol:-", "symbol:-", "name:b"])
        #expect(tokens("wins-") == ["name:wins", "symbol:-"])
        #expect(tokens("fist-of-five") == ["name:fist-of-five"])
        #expect(tokens("_x9-y_") == ["name:_x9-y_"])
    }

    @Test func onlyReservedWordsAreKeywords() {
        for keyword in Keyword.allCases {
            #expect(lex(keyword.rawValue).tokens.first?.kind == .keyword(keyword))
        }
        #expect(tokens("for-each format method dots axis x In IF") == [
            "name:for-each", "name:format", "name:method", "name:dots", "name:axis", "name:x", "name:In", "name:IF",
        ])
    }

    @Test func symbolsTakeTheLongestMatch() {
        #expect(tokens("== != <= >= < > = + - * / ( ) [ ] { } , : .") == [
            "symbol:==", "symbol:!=", "symbol:<=", "symbol:>=", "symbol:<", "symbol:>", "symbol:=",
            "symbol:+", "symbol:-", "symbol:*", "symbol:/", "symbol:(", "symbol:)", "symbol:[", "symbol:]",
            "symbol:{", "symbol:}", "symbol:,", "symbol::", "symbol:.",
        ])
        #expect(tokens("a<=b") == ["name:a", "symbol:<=", "name:b"])
    }

    // MARK: - Numbers and durations

    @Test func numbersAndDurations() {
        #expect(tokens("3 2.5 45m 1h30m 2d 1w 1w2d3h4m5s 0s") == [
            "number:3", "number:2.5", "duration:45m", "duration:1h30m", "duration:2d", "duration:1w",
            "duration:1w2d3h4m5s", "duration:0s",
        ])
        #expect(tokens("1.first") == ["number:1", "symbol:.", "name:first"])
        #expect(tokens("3)") == ["number:3", "symbol:)"])
    }

    @Test func durationSecondsAddUpTheUnits() {
        func seconds(_ text: String) -> Int? {
            let bytes = Array(text.utf8)
            return Lexer.durationSeconds(in: bytes, from: 0, to: bytes.count)
        }
        #expect(seconds("1h30m") == 5400)
        #expect(seconds("1w2d3h4m5s") == 604_800 + 172_800 + 10_800 + 240 + 5)
        #expect(seconds("30m1h") == nil)
        #expect(seconds("99999999999999999999w") == nil)
    }

    @Test func malformedDurationsSayWhatIsWrongAndHowToWriteThem() {
        func problem(_ text: String) -> (String, String?) {
            let diagnostic = lex(text).diagnostics[0]
            #expect(diagnostic.code == .malformedNumber)
            #expect(diagnostic.range == SourceRange(start: 0, end: text.utf8.count))
            return (diagnostic.message, diagnostic.help)
        }
        #expect(problem("1h1h") == ("`1h1h` uses a unit of time more than once", "write `2h`"))
        #expect(problem("30m1h") == ("`30m1h` lists its units out of order: they go largest first", "write `1h30m`"))
        #expect(problem("45min") == ("`45min` is not a duration: units are the single letters w, d, h, m and s", "write `45m`"))
        #expect(problem("2hours") == ("`2hours` is not a duration: units are the single letters w, d, h, m and s", "write `2h`"))
        #expect(problem("5x").0 == "`5x` is not a number or a duration")
        #expect(problem("5x").1?.hasPrefix("a duration is whole amounts with the units w, d, h, m and s") == true)
        #expect(problem("2.5h").0 == "`2.5h` is not a number or a duration")
        #expect(lex("45min").tokens.map(\.kind) == [.invalid, .endOfFile])
    }

    // MARK: - Strings

    @Test func stringsEndAtTheirClosingQuote() {
        #expect(tokens(#"say "a \"quoted\" {x}" + "b""#) == [
            "keyword:say", #"string:"a \"quoted\" {x}""#, "symbol:+", #"string:"b""#,
        ])
        #expect(tokens("\"\" \" \"") == ["string:\"\"", "string:\" \""])
    }

    @Test func blockStringsRunOverLines() {
        let text = "let a = \"\"\"\n  one \"two\" \"\"\n  three\n  \"\"\" b"
        #expect(tokens(text) == ["keyword:let", "name:a", "symbol:=", "string:" + text.dropFirst(8).dropLast(2), "name:b"])
        #expect(lex(text).tokens[4].isFirstOnLine == false)
    }

    @Test func anUnterminatedStringReportsToTheEndOfItsLine() {
        let file = lex("say \"hello\r\nsay \"next\"")
        #expect(messages(file) == [#"CV0003 4-10 this text has no closing `"`"#])
        #expect(file.tokens.map(\.kind) == [.keyword(.say), .invalid, .keyword(.say), .string, .endOfFile])
        #expect(file.tokens[2].isFirstOnLine)
    }

    @Test func anUnterminatedBlockStringTakesTheRestOfTheFile() {
        let file = lex("say \"\"\"open\nmore\n")
        #expect(messages(file) == [#"CV0003 4-11 this block of text has no closing `"""`"#])
        #expect(file.tokens.map(\.kind) == [.keyword(.say), .invalid, .endOfFile])
    }

    @Test func invalidEscapesAreReportedOutsideInterpolationsOnly() {
        let file = lex(#""a \q b \{ {x \n} \é""#)
        #expect(messages(file) == ["CV0004 3-5 `\\q` is not an escape", "CV0004 18-21 `\\é` is not an escape"])
        #expect(file.diagnostics[0].help == #"the escapes are \" \\ \n \t \{ and \}; write \\ for a backslash"#)
    }

    // MARK: - Comments

    @Test func commentsAreCollectedWithWhetherCodePrecedesThem() {
        let file = lex("# heading\nsay \"x # not a comment\" # trailing\r\n  # own line")
        #expect(file.comments == [
            Comment(text: " heading", range: SourceRange(start: 0, end: 9), isTrailing: false),
            Comment(text: " trailing", range: SourceRange(start: 34, end: 44), isTrailing: true),
            Comment(text: " own line", range: SourceRange(start: 48, end: 58), isTrailing: false),
        ])
        #expect(file.tokens.count == 3)
    }

    // MARK: - UTF-8

    @Test func validUTF8InTextAndCommentsIsOrdinaryText() {
        let file = lex("say \"café “quotes” ☕ 🎉\" # naïve — ok\nsay \"\"\"\n  日本語\n  \"\"\"")
        #expect(file.diagnostics.isEmpty)
        #expect(file.tokens.map(\.kind) == [.keyword(.say), .string, .keyword(.say), .string, .endOfFile])
        #expect(file.comments.map(\.text) == [" naïve — ok"])
    }

    @Test func aRunOfInvalidBytesIsReportedOnceWithItsExactRange() {
        let file = lex(bytes: Array("say \"ab".utf8) + [0xFF, 0xFE, 0x80] + Array("cd\" # x".utf8) + [0xC3] + Array("\nsay 1".utf8))
        #expect(messages(file) == [
            "CV0001 7-10 these 3 bytes are not valid UTF-8 text",
            "CV0001 17-18 this byte is not valid UTF-8 text",
        ])
        #expect(file.tokens.map(\.kind) == [.keyword(.say), .string, .keyword(.say), .number, .endOfFile])
    }

    @Test func overlongsSurrogatesAndTruncatedSequencesAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8]] {
            let file = lex(bytes: [UInt8(ascii: "#")] + bad)
            #expect(file.diagnostics.map(\.code) == [.invalidUTF8])
            #expect(file.diagnostics.first?.range == SourceRange(start: 1, end: 1 + bad.count))
        }
    }

    @Test func invalidBytesBetweenTokensBecomeOneInvalidToken() {
        let file = lex(bytes: Array("let a".utf8) + [0x9F, 0x9F] + Array(" = 1".utf8))
        #expect(file.tokens.map(\.kind) == [.keyword(.let), .identifier, .invalid, .symbol(.assign), .number, .endOfFile])
        #expect(messages(file) == ["CV0001 5-7 these 2 bytes are not valid UTF-8 text"])
    }

    @Test func aByteOrderMarkIsSkipped() {
        let file = lex(bytes: [0xEF, 0xBB, 0xBF] + Array("day \"x\"".utf8))
        #expect(file.tokens.map(\.kind) == [.keyword(.day), .string, .endOfFile])
        #expect(file.diagnostics.isEmpty)
    }

    // MARK: - Unexpected characters

    @Test func unexpectedCharactersHaveAHelpfulFix() {
        func first(_ text: String) -> Diagnostic { lex(text).diagnostics[0] }
        #expect(first("say @x").message == "unexpected character `@`")
        #expect(first("say @x").range == SourceRange(start: 4, end: 5))
        #expect(first("a;").help == "statements need no `;`: remove it")
        #expect(first("a && b").help == "write `and` to join two conditions")
        #expect(first("a || b").help == "write `or` for either of two conditions")
        #expect(first("!a").help == "write `not` before a condition to negate it")
        #expect(first("'hi'").help == "text goes in double quotes: \"…\"")
        #expect(first("say \u{00A0}x").message == "unexpected invisible space (U+00A0)")
        #expect(first("a \u{2013} b").help == "use the ASCII `-` for minus and inside names")
        #expect(first("a\u{7}").message == "unexpected character U+0007")
        #expect(lex("@@@").diagnostics.map(\.message) == ["unexpected characters `@@@`"])
    }

    @Test func curlyQuotedTextIsOneMistake() {
        let file = lex("say “Hello there” + x")
        #expect(file.tokens.map(\.kind) == [.keyword(.say), .invalid, .symbol(.plus), .identifier, .endOfFile])
        #expect(messages(file) == ["CV0002 4-7 unexpected character `“`"])
        #expect(file.diagnostics[0].help == "use straight quotes \"…\" around text")
    }

    @Test func aNameWithNonASCIILettersIsOneMistake() {
        let file = lex("let café = 1")
        #expect(file.tokens.map(\.kind) == [.keyword(.let), .invalid, .symbol(.assign), .number, .endOfFile])
        #expect(messages(file) == ["CV0002 4-9 `café` has letters a name cannot have"])
        #expect(file.diagnostics[0].help == "names use only ASCII letters, digits, `_` and `-`; text goes in quotes: \"café\"")
    }

    @Test func interpolationLexingRejectsQuotesAndBackslashes() {
        let source = SourceFile(path: "t", text: "\"\"\"{a \"b\" \\ c # note}\"\"\"")
        var lexer = Lexer(source: source, range: SourceRange(start: 4, end: 20), isInterpolation: true)
        var kinds: [TokenKind] = []
        while true {
            let token = lexer.nextToken()
            kinds.append(token.kind)
            if token.kind == .endOfFile { break }
        }
        #expect(kinds == [.identifier, .invalid, .invalid, .identifier, .endOfFile])
        #expect(lexer.diagnostics.map(\.code) == [.malformedInterpolation, .unexpectedCharacter])
        #expect(lexer.comments.map(\.text) == [" note"])
    }
}
