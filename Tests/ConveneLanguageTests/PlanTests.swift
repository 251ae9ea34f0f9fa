import Foundation
import Testing
@testable import ConveneLanguage

@Suite struct PlanTests {
    /// The golden pairs: `Fixtures/plan/NAME.convene` → `NAME.expected.md`, planned from 09:30.
    static let scripts = FixtureFiles.files(in: FixtureFiles.folder("plan"), endingWith: ".convene")

    @Test(arguments: scripts)
    func plansToGolden(script: URL) throws {
        let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: [])).check(path: script.path)
        #expect(program.isRunnable, "\(DiagnosticRenderer(sources: program.sources).render(program.diagnostics))")
        let agenda = AgendaPlanner(program: program, start: try #require(TimeOfDay(parsing: "09:30"))).markdown()
        let expected = try FixtureFiles.text(script.deletingPathExtension().appendingPathExtension("expected.md"))
        let difference = GoldenText.difference(actual: agenda, expected: expected)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func plansEveryExample() throws {
        for example in FixtureFiles.examples() {
            let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: [])).check(path: example.path)
            guard program.isRunnable, program.workshop != nil else { continue }
            let agenda = AgendaPlanner(program: program, start: TimeOfDay(hour: 9, minute: 0)).markdown()
            #expect(agenda.hasPrefix("# "), "\(example.lastPathComponent)")
            #expect(agenda.contains("**Finish: "), "\(example.lastPathComponent)")
        }
    }

    @Test func restartsTheClockEachDayAndNamesTheFirstDay() throws {
        let program = checkScript("""
            workshop "Two days" { duration 2d }
            stage one for 1h { say "Hello." }
            day "Day 2: doing"
            stage two for 30m { say "Again." }
            """)
        let agenda = AgendaPlanner(program: program, start: TimeOfDay(hour: 8, minute: 0)).markdown()
        #expect(agenda.contains("## Day 1\n\n### 08:00–09:00 `one` — 1h\n"))
        #expect(agenda.contains("## Day 2: doing\n\n### 08:00–08:30 `two` — 30m\n"))
        #expect(agenda.contains("**2 days:** stages 1h30m, 1h30m in all.\n"))
    }

    @Test func showsALengthOnlyKnownAtTheRun() throws {
        let program = checkScript("""
            workshop "Flexible" {
              param length: duration "How long the discussion runs"
            }
            stage talk "Talk" for length { say "Talk." }
            stage close "Close" for 10m { say "Thanks." }
            """)
        #expect(program.isRunnable, "\(rendered(program))")
        let agenda = AgendaPlanner(program: program, start: TimeOfDay(hour: 9, minute: 30)).markdown()
        #expect(agenda.contains("### 09:30 Talk (`talk`) — `length`, a length only known when the workshop runs (not counted)\n"))
        #expect(agenda.contains("### 09:30–09:40 Close (`close`) — 10m\n"))
    }
    @Test func fillsInTheGlobalsItIsAskedToAndLeavesTheRestAsWritten() throws {
        let program = checkScript("""
            workshop "Filled" {
              duration 1h
              param people = 12
            }
            let focus = "respite"
            let rounds = people / 4
            activity ask(question) { say "Ask: {question}" }
            stage talk "Talk" for 10m {
              say "Why {focus}? {rounds} rounds for {people} people."
              prompt ideas "Ideas for {focus}?"
              ask("What about {focus}?")
              for idea in ideas { say "Next: {idea.text}, for {focus}" }
            }
            """)
        #expect(program.isRunnable, "\(rendered(program))")
        let start = TimeOfDay(hour: 9, minute: 30)
        let filled = AgendaPlanner(program: program, start: start, filling: ["focus", "rounds"]).markdown()
        #expect(filled.contains("""
            - Say: “Why respite? 3 rounds for {people} people.”
            - Ask: “Ideas for respite?” → collects `ideas`
            - Activity `ask` with question = `"What about respite?"`:
              - Say: “Ask: What about respite?”
            - For each `idea` in `ideas`:
              - Say: “Next: {idea.text}, for respite”

            """))
        let asWritten = AgendaPlanner(program: program, start: start).markdown()
        #expect(asWritten.contains("- Say: “Why {focus}? {rounds} rounds for {people} people.”\n"))
        #expect(asWritten.contains("  - Say: “Ask: What about {focus}?”\n"))
    }

    @Test func writesInTheParametersGivenInPlaceOfTheirDefaults() throws {
        let program = checkScript("""
            workshop "Listening day" {
              purpose "Hear what matters about {focus}."
              duration 1h
              param focus = "respite" "What the day is about"
              param people: number = 12
              param voters: number = people
              param talk: duration "How long the talk runs"
            }
            stage welcome "Welcome" for talk {
              say "Today we talk about {focus} with {people} people."
              prompt ideas "What would help with {focus}?"
            }
            stage choose "Choose" for 20m {
              vote best on ideas {
                method dots
                dots 3
                voters voters
                keep top 2
              }
              for idea in best.kept { say "Next: {idea.text}" }
            }
            """)
        #expect(program.isRunnable, "\(rendered(program))")
        let given: [String: ConstantValue] = ["focus": .text(#"home "care" {now}"#), "people": .number(20), "talk": .duration(40 * 60)]
        let agenda = AgendaPlanner(program: program, start: TimeOfDay(hour: 9, minute: 30), given: given).markdown()
        let expected = #"""
            # Listening day

            Hear what matters about home "care" {now}.

            - **Total time:** 1h

            ## Parameters

            - `focus` (text, set to `"home \"care\" \{now\}"`; default `"respite"`): What the day is about
            - `people` (number, set to `20`; default `12`)
            - `voters` (number, default `people`)
            - `talk` (duration, set to `40m`): How long the talk runs

            ## Agenda

            ### 09:30–10:10 Welcome (`welcome`) — 40m

            - Say: “Today we talk about home "care" {now} with 20 people.”
            - Ask: “What would help with home "care" {now}?” → collects `ideas`

            ### 10:10–10:30 Choose (`choose`) — 20m

            - Dot vote on `ideas`: 3 dots each, 20 voters, keep the top 2; the result is `best`
            - For each `idea` in `best.kept`:
              - Say: “Next: {idea.text}”

            **Finish: 10:30** — stages 1h, 1h in all.

            """#
        let difference = GoldenText.difference(actual: agenda, expected: expected)
        #expect(difference == nil, "\(difference ?? "")")
    }
}
