import ConveneSession
import Testing

/// Voting twice on the same options: the second result says what moved.
@Suite struct VoteComparisonTests {
    static let script = """
        workshop "Twice" {
          role a "Everyone"
        }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?"
        }

        stage first "First vote" for 10m {
          vote before on ideas {
            method dots
            dots 3
            keep top 2
          }
        }

        stage second "Second vote" for 10m {
          vote after on ideas {
            method dots
            dots 3
            keep top 2
          }
          say "Compare with {before.winner}."
        }
        """

    @Test func theSecondCountSaysWhatMovedSinceTheFirst() throws {
        let session = try TestSupport.start(Self.script, folder: TestSupport.temporaryFolder())
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["Parks", "Buses", "Libraries", ":next", "i1=2 i2", "i1 i2 i3", ":next"])
        let reply = TestSupport.feed(interpreter, ["i3=3", "i3=2 i2", ":next"])
        #expect(reply.contains("Since `before`:"))
        #expect(reply.contains("  i3 Libraries moved up from 3rd to 1st"))
        #expect(reply.contains("  i1 Parks moved down from 1st to 3rd"))
        #expect(reply.contains("  now kept: i3 Libraries"))
        #expect(reply.contains("  no longer kept: i1 Parks"))
    }

    @Test func aFirstCountComparesWithNothing() throws {
        let session = try TestSupport.start(Self.script, folder: TestSupport.temporaryFolder())
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["Parks", "Buses", ":next"])
        let reply = TestSupport.feed(interpreter, ["i1=2 i2", ":next"])
        #expect(!reply.contains { $0.hasPrefix("Since") })
        #expect(reply.contains("Dot vote, 1 person: 3 of 3 dots used, 0 unused."))
    }
}
