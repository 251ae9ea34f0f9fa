import ConveneSession
import Testing

/// An untrusted script cannot run forever or fill the memory: it stops with
/// an error naming the line.
@Suite struct EvaluationLimitsTests {
    @Test func aRunawayLoopStopsAtTheStepBudgetNamingItsLine() throws {
        let script = """
            workshop "Runaway" {
            }

            let ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

            stage spin "Spin" for 10m {
              for a in ten {
                for b in ten {
                  for c in ten {
                    let answer = a * b * c
                  }
                }
              }
            }
            """
        let folder = TestSupport.temporaryFolder() + "/never-made"
        #expect {
            _ = try TestSupport.start(script, folder: folder, limits: EvaluationLimits(steps: 2000, stageSteps: 10_000))
        } throws: { error in
            let error = error as? SessionError
            return error?.kind == .script && error?.message == """
                test.convene:9:11: error: the script did more than 2000 steps of work here without finishing
                 9 |       for c in ten {
                   |           ^~~~~~~~
                help: a loop this big would never finish in a workshop; make the list it runs over shorter

                """
        }
        #expect(!Paths.exists(folder), "no session folder is made for a script that cannot start")
    }

    @Test func tooManyStepsInOneStageIsAnError() throws {
        let script = """
            workshop "Many" {
            }

            let ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

            stage ask "Ask" for 10m {
              say "Hello."
            }

            stage many "Many" for 10m {
              for a in ten {
                for b in ten {
                  prompt answers "Answer {a}{b}?"
                }
              }
            }
            """
        let session = try TestSupport.start(script, limits: EvaluationLimits(stageSteps: 3))
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, [":goto many", ":next", ":next", "an answer"])
        #expect(session.currentStep.id == "answers#1.3")
        let reply = TestSupport.feed(interpreter, [":next"])
        #expect(reply == ["""
            test.convene:13:7: error: stage `many` has more than 3 steps
             13 |       prompt answers "Answer {a}{b}?"
                |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            help: a loop here asks too many questions for one stage; loop over a shorter list
            Nothing was lost; `:skip` goes on past this part of the script.
            """])
        #expect(session.currentStep.id == "answers#1.3", "the session stays where it was")
        #expect(session.state.items(in: "answers").map(\.text) == ["an answer"])
    }

    @Test func listsAndTextsHaveSizeLimits() throws {
        let list = """
            workshop "Lists" {
            }

            stage one "One" for 10m {
              say "{[1, 2, 3, 4, 5, 6]}"
            }
            """
        #expect {
            _ = try TestSupport.start(list, limits: EvaluationLimits(listLength: 5))
        } throws: { error in
            (error as? SessionError)?.message.hasPrefix("test.convene:5:9: error: this list has more than 5 entries") == true
        }
        let text = """
            workshop "Texts" {
            }

            stage one "One" for 10m {
              say "0123456789" + "0123456789" + "!"
            }
            """
        #expect {
            _ = try TestSupport.start(text, limits: EvaluationLimits(textLength: 20))
        } throws: { error in
            (error as? SessionError)?.message.hasPrefix("test.convene:5:7: error: this text is longer than 20 characters") == true
        }
    }
}
