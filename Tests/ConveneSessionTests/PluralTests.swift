import ConveneSession
import Foundation
import Testing

/// Counts say their noun in the form the count takes, everywhere: one helper.
@Suite struct PluralTests {
    @Test func aCountTakesItsNounInTheRightForm() {
        #expect(Plural.count(1, "theme") == "1 theme")
        #expect(Plural.count(0, "theme") == "0 themes")
        #expect(Plural.count(3, "ballot") == "3 ballots")
        #expect(Plural.count(1, "person") == "1 person")
        #expect(Plural.count(30, "person") == "30 people")
        #expect(Plural.count(2, "activity") == "2 activities")
        #expect(Plural.count(2, "entry") == "2 entries")
        #expect(Plural.count(2, "day") == "2 days")
        #expect(Plural.count(2, "box") == "2 boxes")
        #expect(Plural.count(2, "criterion", "criteria") == "2 criteria")
        #expect(Plural.word(1, "dot") == "dot")
    }

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
