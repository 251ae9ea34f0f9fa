import ConveneSession
import Foundation
import Testing

/// A part of a script that passes `convene check` but fails when it runs
/// (here: a theme placed on a grid, read as if it were an item) must never
/// hold the room up: `:next` says what failed and how to go on, and
/// `:skip` goes past it.
@Suite struct ScriptFailureTests {
    static let script = """
        workshop "Failing" { duration 1h }
        grid g "G" {
          axis x effort "Effort" from low "Easy" to high "Hard"
          axis y impact "Impact" from low "Small" to high "Big"
          quadrant wins "Wins" where effort is low and impact is high
        }
        stage sort "Sort" for 10m {
          prompt ideas "Ideas?"
          cluster ideas into themes
          place themes.items on g
        }
        stage wins "Wins" for 10m {
          for win in g.wins.items {
            say "{win.text}, raised by {win.tag}"
          }
        }
        stage close "Close" for 5m {
          say "Thank you."
        }
        """

    private func placedThemes() throws -> CommandInterpreter {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        _ = TestSupport.feed(interpreter, ["Buses", ":next", "Transport: i1", ":next", "t1 1 5"])
        return interpreter
    }

    @Test func nextSaysWhatFailedAndHowToGoOn() throws {
        let interpreter = try placedThemes()
        let reply = TestSupport.feed(interpreter, [":next"])
        #expect(reply.count == 1)
        #expect(reply[0].contains("error: a theme has no member `tag`"))
        #expect(reply[0].hasSuffix("Nothing was lost; `:skip` goes on past this part of the script."))
        #expect(interpreter.session.currentStep.stage == "sort")
    }

    @Test func skipGoesPastTheStageTheScriptCannotWorkOut() throws {
        let interpreter = try placedThemes()
        let reply = TestSupport.feed(interpreter, [":skip"])
        #expect(reply[0].contains("error: a theme has no member `tag`"))
        #expect(reply[1] == "warning: went past stage `wins`, which cannot be worked out (above); `:goto wins` once that is put right")
        #expect(interpreter.session.currentStep.stage == "close")
    }

    @Test func aThemesTextIsItsName() throws {
        let script = Self.script.replacingOccurrences(of: ", raised by {win.tag}", with: "")
        let interpreter = CommandInterpreter(session: try TestSupport.start(script))
        let reply = TestSupport.feed(interpreter, ["Buses", ":next", "Transport: i1", ":next", "t1 1 5", ":next"])
        #expect(reply.contains("> Transport"))
    }
}
