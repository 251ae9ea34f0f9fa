import Testing
@testable import ConveneLanguage

/// Parsing valid scripts: every construct of `Grammar/convene.ebnf` to the tree it means.
@Suite struct ParserTests {
    func parse(_ text: String) -> ParsedFile {
        Parser.parse(SourceFile(path: "test.convene", text: text))
    }

    /// The dump of a script that must parse without a single diagnostic.
    func dump(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let parsed = parse(text)
        #expect(parsed.diagnostics.map(\.message) == [], sourceLocation: sourceLocation)
        return SyntaxDump.dump(parsed.syntax)
    }

    /// The dump of one expression.
    func expression(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let (expression, diagnostics) = Parser.parseExpression(SourceFile(path: "expr", text: text))
        #expect(diagnostics.map(\.message) == [], sourceLocation: sourceLocation)
        return expression.map(SyntaxDump.dump) ?? "nil"
    }

    /// The dump of the statements of a one-stage script.
    func statements(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        let parsed = parse("stage s for 1m {\n\(body)\n}")
        #expect(parsed.diagnostics.map(\.message) == [], sourceLocation: sourceLocation)
        guard case .stage(let stage) = parsed.syntax.declarations.first?.kind else { return [] }
        return stage.body.statements.map(SyntaxDump.dump)
    }

    // MARK: - Declarations

    @Test func importDayBreakLetAndOutput() {
        #expect(dump("""
            import "library/warm-ups.convene"
            day "Day 2: what we will do"
            break "Lunch" for 45m
            let people = 50
            output report to "report.md"
            output csv plans.items to "plans.csv"
            """) == """
            (import "library/warm-ups.convene")
            (day "Day 2: what we will do")
            (break "Lunch" (for 45m))
            (let people 50)
            (output report (to "report.md"))
            (output csv (subject (. plans items)) (to "plans.csv"))

            """)
    }

    @Test func workshopSettings() {
        #expect(dump("""
            workshop "Working together" {
              purpose "Agree " + "what to change"
              duration 2d
              role lived "People with lived experience"
              perspective commissioner
              lens delia "Delia's story"
              param focus: text = "carers" "What the workshop is about"
              param rounds: number = 3
              param note "Why"
              param plain
            }
            """) == """
            (workshop "Working together"
              (purpose (+ "Agree " "what to change"))
              (duration 2d)
              (role lived "People with lived experience")
              (perspective commissioner)
              (lens delia "Delia's story")
              (param focus
                (type text)
                (default "carers")
                (help "What the workshop is about"))
              (param rounds (type number) (default 3))
              (param note (help "Why"))
              (param plain))

            """)
    }

    @Test func stagesWithAndWithoutTitles() {
        #expect(dump("stage a \"A\" for 1h30m {\n}\nstage b for minutes * 2 { say 1 }") == """
            (stage a "A" (for 1h30m))
            (stage b (for (* minutes 2)) (say 1))

            """)
    }

    @Test func activitiesWithParametersAndDefaults() {
        #expect(dump("activity warm-up(question, time = 10m,) { return question }\nactivity none() {}") == """
            (activity warm-up (parameters question (time 10m)) (return question))
            (activity none (parameters))

            """)
    }

    @Test func gridAxesScaleAndQuadrants() {
        #expect(dump("""
            grid investment "Investment" {
              axis x effort "Effort" from low "Easy" to high "Hard"
              axis y impact from small to big
              scale 5
              quadrant quick-wins "Quick wins" where effort is low and impact is big
              quadrant corner where effort is high
            }
            """) == """
            (grid investment "Investment"
              (axis x effort "Effort" (from low "Easy") (to high "Hard"))
              (axis y impact (from small) (to big))
              (scale 5)
              (quadrant quick-wins "Quick wins" (where (is effort low) (is impact big)))
              (quadrant corner (where (is effort high))))

            """)
    }

    // MARK: - Statements

    @Test func collectingStatements() {
        #expect(statements("""
            say "Hello"
            prompt ideas "What could we try?"
            prompt working "What works?" by role
            prompt stories "Which part?" by lens [delia, jamie,]
            cluster ideas into themes
            place ideas on investment
            actions plans for investment.quick-wins
            """) == [
                #"(say "Hello")"#,
                #"(prompt ideas "What could we try?")"#,
                #"(prompt working "What works?" (by role))"#,
                #"(prompt stories "Which part?" (by lens (only delia jamie)))"#,
                "(cluster ideas (into themes))",
                "(place ideas (on investment))",
                "(actions plans (for (. investment quick-wins)))",
            ])
    }

    @Test func everyVoteSetting() {
        #expect(statements("""
            vote priorities on themes.items {
              method ranked-pairs
              dots 3
              cap 1
              range 0 to 5
              ballots anonymous
              voters people
              keep top 2
              keep above 3
              keep all
              ties facilitator
            }
            """) == ["""
                (vote priorities
                  (on (. themes items))
                  (method ranked-pairs)
                  (dots 3)
                  (cap 1)
                  (range 0 5)
                  (ballots anonymous)
                  (voters people)
                  (keep-top 2)
                  (keep-above 3)
                  (keep-all)
                  (ties facilitator))
                """])
    }

    @Test func scriptingStatements() {
        #expect(statements("""
            let n = 1
            for theme in priorities.kept { say theme }
            if n > 1 { say "many" } else if n == 1 { say "one" } else { say "none" }
            if ok {}
            warm-up("Hello", time: 5m)
            library.warm-up()
            make()(1)
            return n
            """) == [
                "(let n 1)",
                "(for theme (in (. priorities kept)) (say theme))",
                """
                (if
                  (> n 1)
                  (then (say "many"))
                  (else (if (== n 1) (then (say "one")) (else (say "none")))))
                """,
                "(if ok (then))",
                #"(run (call warm-up "Hello" (time: 5m)))"#,
                "(run (call (. library warm-up)))",
                "(run (call (call make) 1))",
                "(return n)",
            ])
    }

    @Test func elseIfIsMarkedForTheFormatter() throws {
        let parsed = parse("stage s for 1m { if a {} else if b {} }")
        guard case .stage(let stage) = parsed.syntax.declarations[0].kind,
              case .ifElse(let branch) = stage.body.statements[0].kind else {
            Issue.record("no if statement")
            return
        }
        #expect(branch.isElseIf)
        #expect(branch.otherwise?.statements.count == 1)
    }

    @Test func wordsOfOneBlockAreNamesElsewhere() {
        #expect(statements("say method + dots\nlet axis = scale\nmethod(keep)") == [
            "(say (+ method dots))", "(let axis scale)", "(run (call method keep))",
        ])
    }

    @Test func statementsNeedNoSeparators() {
        #expect(statements("say 1 say 2 let a = 3 warm-up()") == ["(say 1)", "(say 2)", "(let a 3)", "(run (call warm-up))"])
    }

    // MARK: - Expressions

    @Test func atoms() {
        #expect(expression("3") == "3")
        #expect(expression("2.5") == "2.5")
        #expect(expression("1h30m") == "1h30m")
        #expect(expression("90m") == "1h30m")
        #expect(expression("true") == "true")
        #expect(expression("false") == "false")
        #expect(expression("quick-wins") == "quick-wins")
        #expect(expression("[1, 2,]") == "(list 1 2)")
        #expect(expression("[]") == "(list)")
        #expect(expression("(((x)))") == "x")
        #expect(expression("\"text\"") == "\"text\"")
    }

    @Test func precedenceFromLoosestToTightest() {
        #expect(expression("a or b and c") == "(or a (and b c))")
        #expect(expression("not a and b") == "(and (not a) b)")
        #expect(expression("a and not b or c") == "(or (and a (not b)) c)")
        #expect(expression("not a == b") == "(not (== a b))")
        #expect(expression("not not a") == "(not (not a))")
        #expect(expression("a + b * c == d - e / f") == "(== (+ a (* b c)) (- d (/ e f)))")
        #expect(expression("a - b - c") == "(- (- a b) c)")
        #expect(expression("a / b * c") == "(* (/ a b) c)")
        #expect(expression("-a * -b") == "(* (negate a) (negate b))")
        #expect(expression("- -a") == "(negate (negate a))")
        #expect(expression("-a.b(c)[d]") == "(negate (index (call (. a b) c) d))")
        #expect(expression("(a + b) * c") == "(* (+ a b) c)")
        #expect(expression("a != b") == "(!= a b)")
        #expect(expression("a <= b") == "(<= a b)")
        #expect(expression("a >= b") == "(>= a b)")
        #expect(expression("a < b") == "(< a b)")
        #expect(expression("a > b") == "(> a b)")
        #expect(expression("n-1 - n - 1") == "(- (- (- n 1) n) 1)")
        #expect(expression("n-a - n - 1") == "(- (- n-a n) 1)")
    }

    @Test func postfixChains() {
        #expect(expression("priorities.top(3).first") == "(. (call (. priorities top) 3) first)")
        #expect(expression("dot-vote(themes, dots: 5, cap: 2)") == "(call dot-vote themes (dots: 5) (cap: 2))")
        #expect(expression("ideas[0][1]") == "(index (index ideas 0) 1)")
        #expect(expression("f(\n  a,\n  b\n)") == "(call f a b)")
    }

    @Test func callsAndIndexesStayOnTheLineOfWhatTheyApplyTo() {
        #expect(statements("say x\nwarm-up()") == ["(say x)", "(run (call warm-up))"])
        let parsed = parse("stage s for 1m {\n  say x\n  (y)\n}")
        #expect(parsed.diagnostics.map(\.code) == [.expectedStatement])
    }

    @Test func rangesCoverWhatWasWritten() throws {
        let text = "say (a + b) * c.d(1)"
        let parsed = parse("stage s for 1m { \(text) }")
        guard case .stage(let stage) = parsed.syntax.declarations[0].kind,
              case .say(let expression) = stage.body.statements[0].kind,
              case .binary(_, let left, let right) = expression.kind else {
            Issue.record("unexpected tree")
            return
        }
        let source = parsed.syntax.source
        #expect(source.text(in: stage.body.statements[0].range) == text)
        #expect(source.text(in: expression.range) == "(a + b) * c.d(1)")
        #expect(source.text(in: left.range) == "(a + b)")
        #expect(source.text(in: right.range) == "c.d(1)")
        #expect(source.text(in: stage.body.range) == "{ \(text) }")
        #expect(source.text(in: parsed.syntax.declarations[0].range) == "stage s for 1m { \(text) }")
    }

    // MARK: - Strings

    @Test func escapesAreDecoded() {
        #expect(expression(#""q \" b \\ n \n t \t l \{ r \}""#) == #""q \" b \\ n \n t \t l { r }""#)
    }

    @Test func interpolationsAreExpressionsWithRangesIntoTheFile() throws {
        let source = SourceFile(path: "t", text: #""If we fixed {problem.name}, then {n + 1}!""#)
        let (parsed, diagnostics) = Parser.parseExpression(source)
        #expect(diagnostics.isEmpty)
        guard case .string(let literal) = parsed?.kind else {
            Issue.record("not a string")
            return
        }
        #expect(SyntaxDump.dump(parsed!) == #"(string "If we fixed " (. problem name) ", then " (+ n 1) "!")"#)
        let ranges = literal.segments.compactMap { segment -> String? in
            guard case .interpolation(let expression) = segment else { return nil }
            return "\(expression.range.start)-\(expression.range.end) \(source.text(in: expression.range))"
        }
        #expect(ranges == ["14-26 problem.name", "35-40 n + 1"])
        #expect(literal.isBlock == false)
    }

    @Test func adjacentAndSpacedInterpolations() {
        #expect(expression(#""{a}{ b }""#) == "(string a b)")
        #expect(expression(#""{a # why\n}""#) == "(string a)")
    }

    @Test func blockStringsDropTheirDelimiterLinesAndCommonIndentation() {
        let text = "\"\"\"\n    Welcome, {name}.\n\n      Indented more.\n    Last line.\n    \"\"\""
        #expect(expression(text) == #"(string "Welcome, " name ".\n\n  Indented more.\nLast line.")"#)
    }

    @Test func blockStringLayoutRules() {
        #expect(expression("\"\"\"one line\"\"\"") == #""one line""#)
        #expect(expression("\"\"\"\"\"\"") == #""""#)
        #expect(expression("\"\"\"\n\"\"\"") == #""""#)
        #expect(expression("\"\"\"\n\n\"\"\"") == #""""#)
        #expect(expression("\"\"\"  first\n  second\n  \"\"\"") == #""  first\nsecond""#)
        #expect(expression("\"\"\"first\n  second\n    third\"\"\"") == #""first\nsecond\n  third""#)
        #expect(expression("\"\"\" spaced \"\"\"") == #"" spaced ""#)
        #expect(expression("\"\"\"\r\n  a\r\n   \r\n  b\r\n  \"\"\"") == #""a\n\nb""#)
        #expect(expression("\"\"\"\n\ta\n\t\tb\"\"\"") == #""a\n\tb""#)
        #expect(expression("\"\"\"\n  a\\n  b\n  \"\"\"") == #""a\n  b""#)
        #expect(expression("\"\"\"\n  say \"hi\" and \"\"\n  \"\"\"") == #""say \"hi\" and \"\"""#)
    }

    @Test func blockStringsAreMarked() throws {
        let (parsed, _) = Parser.parseExpression(SourceFile(path: "t", text: "\"\"\"x\"\"\""))
        guard case .string(let literal) = parsed?.kind else {
            Issue.record("not a string")
            return
        }
        #expect(literal.isBlock)
    }

    @Test func nonASCIITextIsKept() {
        #expect(expression("\"café “quotes” 🎉 {x}\"") == #"(string "café “quotes” 🎉 " x)"#)
    }

    // MARK: - Comments

    @Test func commentsAreKeptOnTheFile() {
        let parsed = parse("# top\nstage s for 1m { # why\n}\n")
        #expect(parsed.syntax.comments.map(\.text) == [" top", " why"])
        #expect(parsed.syntax.comments.map(\.isTrailing) == [false, true])
    }

    // MARK: - Entry points

    @Test func parseExpressionWantsNothingAfterTheExpression() {
        let (expression, diagnostics) = Parser.parseExpression(SourceFile(path: "param", text: "a b"))
        #expect(expression == nil)
        #expect(diagnostics.map(\.message) == ["expected the end of the expression, found `b`"])
        let (empty, emptyDiagnostics) = Parser.parseExpression(SourceFile(path: "param", text: ""))
        #expect(empty == nil)
        #expect(emptyDiagnostics.map(\.message) == ["expected an expression, found the end of the file"])
        #expect(Parser.parseExpression(SourceFile(path: "param", text: "45min")).0 == nil)
    }

    @Test func replInputIsDeclarationsStatementsOrAnExpression() {
        func kind(_ text: String) -> String {
            let (input, diagnostics) = Parser.parseReplInput(SourceFile(path: "repl", text: text))
            switch input {
            case .declarations(let declarations): return "declarations \(declarations.count)"
            case .statements(let statements): return "statements \(statements.count)"
            case .expression(let expression): return "expression \(SyntaxDump.dump(expression))"
            case nil: return "error " + diagnostics.map(\.message).joined(separator: "; ")
            }
        }
        #expect(kind("stage s for 1m {}\nday \"x\"") == "declarations 2")
        #expect(kind("let a = 1\nsay a") == "statements 2")
        #expect(kind("say 1 say 2") == "statements 2")
        #expect(kind("warm-up()\nsay 1") == "statements 2")
        #expect(kind("warm-up()") == "expression (call warm-up)")
        #expect(kind("1 + 2") == "expression (+ 1 2)")
        #expect(kind("") == "statements 0")
        #expect(kind("1 +") == "error expected an expression after `+`, found the end of the file")
        #expect(kind("say }") == "error expected an expression after `say`, found `}`")
    }
}
