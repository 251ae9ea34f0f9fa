import Foundation
import Testing
@testable import ConveneVoting

/// The shape `convene tally --format json` prints.
struct JSONOutputTests {
    @Test func aResultHasMethodOptionsRankingAndKept() throws {
        let ballots = [Ballot(marks: .choice(1)), Ballot(marks: .choice(1)), Ballot(marks: .choice(0))]
        let result = try counter(.plurality, ["walk", "bus"], keep: .top(1)).count(ballots)
        let json = try result.json()
        #expect(json == """
            {
              "ballots" : 3,
              "keep" : "top 1",
              "kept" : [
                "bus"
              ],
              "method" : "plurality",
              "options" : [
                "walk",
                "bus"
              ],
              "ranking" : [
                {
                  "option" : "bus",
                  "score" : 2,
                  "tied" : false
                },
                {
                  "option" : "walk",
                  "score" : 1,
                  "tied" : false
                }
              ]
            }
            """)
    }

    @Test func methodExplanationsAreIncludedAndTheResultDecodesBack() throws {
        let result = try counter(.irv, TennesseeTests.cities).count(TennesseeTests.ballots)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
        #expect(object["method"] as? String == "irv")
        #expect((object["rounds"] as? [Any])?.count == 3)
        #expect(object["pairwise"] == nil)
        #expect(try JSONDecoder().decode(VoteResult.self, from: Data(result.json().utf8)) == result)
        let schulze = try counter(.schulze, TennesseeTests.cities, keep: .above(1.5)).count(TennesseeTests.ballots)
        let decoded = try JSONDecoder().decode(VoteResult.self, from: Data(schulze.json().utf8))
        #expect(decoded == schulze)
        #expect(decoded.keep == .above(1.5))
    }
}
