import ConveneLanguage
@testable import ConveneRepl
import ConveneSession
import Testing

/// A rehearsal of some stages, played as a session: where it ends.
@Suite struct RehearsalTests {
    static let script = """
        workshop "Breaks" { duration 1h }
        stage gather "Gather" for 20m {
          prompt ideas "What could we do?"
        }
        break "Coffee" for 15m
        stage sort "Sort" for 10m {
          cluster ideas into themes
        }
        """

    private func rehearse(_ stages: [String]) throws -> Rehearsal {
        let source = SourceFile(path: "breaks.convene", text: Self.script)
        let program = ScriptChecker(loader: InMemorySourceLoader(files: ["breaks.convene": Self.script])).check(Parser.parse(source))
        return try Rehearsal(program: program, script: source, stages: stages, foldingWidth: { nil })
    }

    @Test func aRehearsalEndsAtTheBreakAfterItsLastStage() throws {
        let rehearsal = try rehearse(["gather"])
        _ = rehearsal.opening()
        #expect(rehearsal.handle(":next") == "End of the rehearsal of stage `gather`.\n")
        #expect(rehearsal.isOver)
    }

    @Test func aBreakBetweenTheStagesRehearsedIsPartOfTheRehearsal() throws {
        let rehearsal = try rehearse(["gather", "sort"])
        _ = rehearsal.opening()
        #expect(rehearsal.handle(":next").hasPrefix("-- Coffee (15m) --\n"))
        #expect(rehearsal.prompt == "[break · Coffee · 15m left] > ")
        #expect(!rehearsal.isOver)
        _ = rehearsal.handle(":stop")
    }
}
