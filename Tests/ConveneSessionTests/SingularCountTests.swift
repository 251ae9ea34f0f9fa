import ConveneSession
import Foundation
import Testing

/// Messages and outputs count through one helper, so none reads "1 themes".
@Suite struct SingularCountTests {
    @Test func oneThemeAndOneItemAreSingularInMessagesAndOutputs() throws {
        let script = """
            workshop "One" { duration 1h }
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
            }
            stage sort "Sort" for 10m {
              cluster ideas into themes
            }
            """
        let session = try TestSupport.start(script)
        let interpreter = CommandInterpreter(session: session)
        let arrival = TestSupport.feed(interpreter, ["Buses stop at six", ":next"])
        #expect(arrival.contains("? Group the 1 item of `ideas` into themes (`themes`)."))
        #expect(TestSupport.feed(interpreter, ["Transport: i1"]) == ["saved t1: Transport (1 item)"])
        #expect(TestSupport.feed(interpreter, [":themes"]).first == "`themes`: 1 theme")
        let report = Dictionary(uniqueKeysWithValues: OutputWriter(snapshot: session.snapshot).standardFiles())["report.md"] ?? ""
        #expect(report.contains("### `themes` (1 theme)\n"))
        #expect(report.contains("- Produced: 1 item, 1 theme, 0 votes, 0 actions\n"))
    }
}
