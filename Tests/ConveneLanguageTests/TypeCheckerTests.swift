import Testing
@testable import ConveneLanguage

@Suite("Checker: kinds of values")
struct TypeCheckerTests {
    @Test func operatorsFollowTheLanguageReference() {
        let program = checkScript("""
            let a = "a" * 2
            let b = 1 + 5m
            let c = 3 and true
            let d = not "yes"
            let e = "n" < 3
            let f = 5m / 2m
            let g = -"x"
            let texts = ["{1 + 2}", "a" + 2, 2 + "a", "{5m}"]
            let durations = [1h + 30m, 2 * 15m, 15m * 2, 1h / 4, -5m, 1h - 15m]
            let truths = [3 < 4 and not false, 5m >= 3m or "a" != "b"]
            """)
        #expect(summary(program) == [
            "1:9 CV0400 `*` cannot multiply text by a number",
            "2:9 CV0400 `+` cannot add a number and a duration",
            "3:9 CV0400 `and` needs true or false on both sides, but the left side is a number",
            "4:9 CV0400 `not` needs true or false, but this is text",
            "5:9 CV0400 `<` cannot compare text with a number",
            "6:9 CV0400 `/` cannot divide a duration by a duration",
            "7:9 CV0400 `-` cannot negate text",
        ])
        #expect(program.diagnostics[0].help == "`*` scales numbers and durations; join text with `+`")
    }

    @Test func ifConditionsAreTrueOrFalse() throws {
        let program = checkScript(workshop("""
              prompt ideas "Ideas?"
              if ideas.count { say "Some." }
              if ideas.count > 3 { say "Many." } else if ideas.count == 0 { say "None." }
            """))
        #expect(summary(program) == ["8:6 CV0400 the condition of `if` must be true or false, but `ideas.count` is a number"])
    }

    @Test func statementsThatGoThroughCollections() {
        let program = checkScript(workshop("""
              prompt ideas "Ideas?"
              for person in people { say "Hi." }
              cluster people into groups
              vote v on "text" { method dots }
              actions plan for 3m
              place people on grid-a
              for item in ideas { say "{item.text} {item.tag} {item.theme.name}" }
              say "{v.count} {plan.count} {groups.count}"
            """, declarations: """
            let people = 12
            grid grid-a { axis x a from lo to hi  axis y b from lo to hi }
            """))
        #expect(summary(program) == [
            "9:17 CV0401 `people` is a number, not a collection",
            "10:11 CV0401 `people` is a number, not a collection",
            "11:13 CV0401 this is text, not a collection",
            "12:20 CV0401 this is a duration, not a collection",
            "13:9 CV0401 `people` is a number, not a collection",
        ])
    }

    @Test func placeNeedsAGrid() throws {
        let program = checkScript(workshop("""
              prompt ideas "Ideas?"
              cluster ideas into themes
              place ideas on themes
              place ideas on investment
            """, declarations: """
            grid investment { axis x a from lo to hi  axis y b from lo to hi }
            """))
        #expect(summary(program) == ["9:18 CV0402 `themes` is a collection of themes, not a grid"])
        #expect(program.diagnostics.first?.help == "the grids are `investment`")
    }

    @Test func promptQuestionsAreText() {
        let program = checkScript(workshop("""
              prompt ideas 42
              say "{ideas.count}"
            """))
        #expect(summary(program) == ["7:16 CV0400 a prompt's question must be text, but this is a number"])
    }

    @Test func indexing() {
        let program = checkScript(workshop("""
              prompt ideas "Ideas?"
              say "{ideas.items[0].text} {ideas.items[true]} {ideas.count[0]}"
            """))
        #expect(summary(program) == [
            "8:43 CV0400 an index must be a number, but this is true or false",
            "8:51 CV0401 `ideas.count` is a number, not a collection",
        ])
    }

    @Test func topNeedsOneNumber() {
        let program = checkScript(workshop("""
              prompt ideas "Ideas?"
              vote v on ideas { method dots }
              say "{v.top(3).first.text} {v.top.count} {v.top(true, 2)}"
            """))
        #expect(summary(program) == [
            "9:33 CV0400 `top` needs to be told how many: write `top(3)`",
            "9:45 CV0204 `top` takes one number: how many options to take",
            "9:51 CV0400 `top` takes a number, but this is true or false",
        ])
    }
}
