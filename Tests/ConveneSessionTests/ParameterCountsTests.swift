import ConveneSession
import Foundation
import Testing

/// A parameter set on the command line that a vote uses as a count is
/// checked when the run starts, not when the room reaches the vote.
@Suite struct ParameterCountsTests {
    static let script = """
        workshop "Counts" {
          param voters: number = 3 "How many people vote"
          param per-person: number = 3
          param people: number = 20
        }

        activity quick-vote(options, voters = 2) {
          vote quick on options {
            method approval
            voters voters
          }
          return quick
        }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?"
        }

        stage choose "Choose" for 10m {
          vote pick on ideas {
            method dots
            dots per-person
            cap 1
            voters voters
            keep top people / 10
          }
          let again = quick-vote(ideas)
        }
        """

    static func start(_ settings: [String: String]) throws -> Session {
        try TestSupport.start(script, parameters: settings.sorted { $0.key < $1.key }.map { ParameterSetting(name: $0.key, value: $0.value) })
    }

    static func refusal(_ settings: [String: String]) -> String? {
        do {
            _ = try start(settings)
            return nil
        } catch {
            return (error as? SessionError)?.description
        }
    }

    @Test func aCountBelowOneIsRefusedNamingTheParameterAndTheVote() {
        for value in ["0", "-3"] {
            #expect(Self.refusal(["voters": value]) == """
                --param voters=\(value): voters must be at least 1, as it is the number of people voting in vote `pick` (test.convene:24:12)
                help: give a whole number of 1 or more, such as the default: --param voters=3
                """)
        }
        #expect(Self.refusal(["per-person": "2.5"]) == """
            --param per-person=2.5: per-person must be a whole number, as it is the number of dots each person has in vote `pick` (test.convene:22:10)
            help: give a whole number of 1 or more, such as the default: --param per-person=3
            """)
    }

    @Test func aCountWorkedOutFromAParameterIsCheckedToo() {
        #expect(Self.refusal(["people": "5"]) == """
            --param people=5: `people / 10` comes to 0.5, and the number of options kept in vote `pick` must be a whole number (test.convene:25:14)
            help: give values that make it a whole number of 1 or more
            """)
    }

    @Test func goodCountsStart() throws {
        let session = try Self.start(["voters": "12", "per-person": "1", "people": "30"])
        #expect(session.header.parameters.map(\.value) == ["12", "1", "30"])
    }

    @Test func aNameThatIsNotTheParameterThereIsNotChecked() throws {
        let script = """
            workshop "Hidden" {
              param voters: number = 3
            }

            activity quick-vote(options, voters = 2) {
              vote quick on options {
                method approval
                voters voters
              }
              return quick
            }

            stage choose "Choose" for 10m {
              prompt ideas "Ideas?"
              let again = quick-vote(ideas)
              say "{voters} people"
            }
            """
        #expect(TestSupport.program(script).isRunnable)
        let session = try TestSupport.start(script, parameters: [ParameterSetting(name: "voters", value: "0")])
        #expect(session.header.parameters == [ParameterSetting(name: "voters", value: "0")],
                "the activity's `voters` is its own parameter, not the workshop's")
    }
}
