import Testing
@testable import ConveneLanguage

@Suite("Checker: workshop rules")
struct WorkshopCheckerTests {
    @Test func aSecondWorkshop() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            workshop "Planning" { duration 1h }
            """)
        #expect(summary(program) == ["2:1 CV0301 a script has one workshop, and this is a second"])
        #expect(program.diagnostics.first?.notes == ["the first workshop is at line 1"])
    }

    @Test func stagesWithoutAWorkshop() throws {
        let program = checkScript("""
            stage gather "Gather" for 10m { say "Hi." }
            """)
        #expect(summary(program) == ["1:7 CV0300 this script has stages but no workshop"])
        #expect(program.diagnostics.first?.help == "add a workshop block before the first stage: `workshop \"Title\" { duration 1h }`")
    }

    @Test func aLibraryNeedsNoWorkshop() {
        let program = checkScript("""
            let slot = 15m
            activity warm-up(question) { say question }
            grid g { axis x a from lo to hi  axis y b from lo to hi }
            """)
        #expect(summary(program) == [])
    }

    @Test func timeboxesArePositiveDurations() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage a "A" for 0m { say "Hi." }
            stage b "B" for 45 { say "Hi." }
            break "Coffee" for 10m - 20m
            """)
        #expect(summary(program) == [
            "2:17 CV0302 the timebox of stage `a` must be longer than zero, but it is 0m",
            "3:17 CV0400 the timebox of stage `b` is a number, not a duration",
            "4:20 CV0302 the length of break \"Coffee\" must be longer than zero, but it is -10m",
        ])
        #expect(program.diagnostics[1].help == "write a duration such as `45m`")
    }

    @Test func aUnitSpelledOutAfterTheNumberIsOneErrorWithTheDurationMeant() throws {
        let program = checkScript("""
            workshop "Retro" { duration 90 minutes }
            stage sort "Sort" for 20 mins { say "Hi." }
            break "Coffee" for 1 hour
            stage pick "Pick" for 10 Minutes { say "Hi." }
            """)
        #expect(summary(program) == [
            "1:29 CV0006 `90 minutes` is not a duration: a duration is written as one word, with the units w, d, h, m and s",
            "2:23 CV0006 `20 mins` is not a duration: a duration is written as one word, with the units w, d, h, m and s",
            "3:20 CV0006 `1 hour` is not a duration: a duration is written as one word, with the units w, d, h, m and s",
            "4:23 CV0006 `10 Minutes` is not a duration: a duration is written as one word, with the units w, d, h, m and s",
        ])
        #expect(program.diagnostics.map(\.help) == [
            "write a duration such as `1h30m`", "write a duration such as `20m`",
            "write a duration such as `1h`", "write a duration such as `10m`",
        ])
        #expect(program.agenda.count == 3, "each length is read as the duration meant, so the stages are still planned")
    }

    @Test func aWordAfterANumberThatIsNoUnitIsNotTakenForOne() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage sort "Sort" for 20 people { say "Hi." }
            """)
        #expect(summary(program) == [
            "2:23 CV0400 the timebox of stage `sort` is a number, not a duration",
            "2:26 CV0100 expected `{` to open the stage's body, found `people`",
        ])
    }

    @Test func timeboxesMayUseKnownValues() {
        let program = checkScript("""
            workshop "Retro" {
              duration 1h
              param slot = 20m
            }
            let short = slot / 2
            stage a "A" for short { say "Hi." }
            stage b "B" for slot * 2 { say "Hi." }
            """)
        #expect(summary(program) == [])
        #expect(program.agenda.count == 2)
    }

    @Test func overrunWarnsAtTheDurationWithBothTotals() throws {
        let program = checkScript("""
            workshop "Long day" {
              duration 6h
            }
            stage a "A" for 3h { say "Hi." }
            break "Lunch" for 45m
            stage b "B" for 3h30m { say "Hi." }
            """)
        #expect(summary(program) == ["2:12 CV0303 the stages take longer than the workshop"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.notes == ["stages add up to 7h15m but the workshop lasts 6h"])
        #expect(program.isRunnable)
    }

    @Test func parameterTypes() {
        let program = checkScript("""
            workshop "Retro" {
              duration 1h
              param people: number = "twelve"
              param focus: txt
              param anything
              param areas = ["a", "b"]
              param quarter = "Q3" "Which quarter"
              param long: duration = 2h
            }
            """)
        #expect(summary(program) == [
            "3:26 CV0304 the default of `people` is text, but its type is number",
            "4:16 CV0304 unknown parameter type `txt`",
            "5:9 CV0304 parameter `anything` needs a type or a default",
            "6:17 CV0304 parameter `areas` must be text, a number, a duration or true or false, but its default is a list of texts",
        ])
        #expect(program.diagnostics[1].help == "did you mean `text`?")
        #expect(program.workshop?.parameters.map(\.type) == [.number, .text, .text, .text, .text, .duration])
        #expect(program.workshop?.parameters.map(\.help) == [nil, nil, nil, nil, "Which quarter", nil])
    }

    @Test func taggingKinds() throws {
        let program = checkScript("""
            workshop "Ideas" {
              duration 1h
              role lived "People with lived experience"
              perspective carers "Carers"
            }
            stage ideate "Ideas" for 30m {
              prompt a "A?" by rol
              prompt b "B?" by lens
              prompt c "C?" by role [lived, carers, livd]
              say "{a.count} {b.count} {c.count}"
            }
            """)
        #expect(summary(program) == [
            "7:20 CV0305 a prompt is tagged `by role`, `by perspective` or `by lens`, not `by rol`",
            "8:20 CV0306 the prompt is tagged `by lens`, but the workshop declares no lens",
            "9:33 CV0200 unknown role `carers`",
            "9:41 CV0200 unknown role `livd`",
        ])
        #expect(program.diagnostics[0].help == "did you mean `role`?")
        #expect(program.diagnostics[2].notes == ["`carers` is a perspective, not a role"])
        #expect(program.diagnostics[3].help == "did you mean `lived`?")
    }

    @Test func workshopSettingsAppearOnce() {
        let program = checkScript("""
            workshop "Retro" {
              purpose "Look back."
              duration 1h
              duration 2h
            }
            """)
        #expect(summary(program) == ["4:3 CV0504 the workshop's `duration` is given twice"])
    }

    @Test func theWorkshopIsWorkedOut() throws {
        let program = checkScript("""
            workshop "Retro {quarter}" {
              purpose "Look back at {quarter}."
              duration 1h30m
              role team "Team members"
              lens bold
              param quarter = "Q3"
            }
            stage gather "Gather" for 20m { say "Hi." }
            break "Coffee" for 10m
            day "Day 2"
            stage choose for 15m { say "Hi." }
            """)
        #expect(summary(program) == [])
        let info = try #require(program.workshop)
        #expect(info.title == "Retro Q3")
        #expect(info.purpose == "Look back at Q3.")
        #expect(info.durationSeconds == 5400)
        #expect(info.tags == [TagInfo(kind: .role, name: "team", label: "Team members"),
                              TagInfo(kind: .lens, name: "bold", label: "bold")])
        let entries = program.agenda.map { entry -> String in
            switch entry {
            case .stage(let stage): "stage \(stage.name.name)"
            case .breakTime(let title, let seconds): "break \(title) \(seconds)"
            case .day(let title): "day \(title)"
            }
        }
        #expect(entries == ["stage gather", "break Coffee 600", "day Day 2", "stage choose"])
    }
}
