import ConveneSession
import Testing

/// The `(theme: Respite)` line under a step in a loop: there when nothing
/// else on the step says which value it is about, left out when the step's
/// own words (a `say`, the question) already name it.
@Suite struct LoopValueLineTests {
    static let script = """
        workshop "Loops" { duration 1h }
        stage a "A" for 10m {
          prompt ideas "Ideas?"
        }
        stage b "B" for 20m {
          for idea in ideas {
            say "Carers first."
            for round in [1, 2] {
              prompt fixes "Round {round}: what would fix it?"
            }
          }
        }
        stage c "C" for 10m {
          for idea in ideas {
            say "Next: “{idea.text}”."
            prompt steps "A first step?"
          }
        }
        """

    @Test func showsOnlyTheValuesTheStepDoesNotNameAsWholeWords() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        TestSupport.feed(interpreter, ["Car"])
        #expect(TestSupport.feed(interpreter, [":next", ":next"]) == [
            "\n== Stage 2 of 3: B (b, 20m) ==",
            "> Carers first.",
            "(idea: Car)",
            "? Round 1: what would fix it?",
            "Type each answer on its own line. :next when done.",
            "(idea: Car)",
            "? Round 2: what would fix it?",
            "Type each answer on its own line. :next when done.",
        ], "“Car” is not said by “Carers”; the round is in the question")
        #expect(TestSupport.feed(interpreter, [":next"]) == [
            "\n== Stage 3 of 3: C (c, 10m) ==",
            "> Next: “Car”.",
            "? A first step?",
            "Type each answer on its own line. :next when done.",
        ])
    }
}
