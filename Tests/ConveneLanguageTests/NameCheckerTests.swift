import Testing
@testable import ConveneLanguage

@Suite("Checker: names")
struct NameCheckerTests {
    @Test func unknownNameSuggestsTheClosestNameInScope() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "What should we change?"
              vote priorities on idea { method dots }
            }
            output csv priorities to "p.csv"
            """)
        #expect(summary(program) == ["4:22 CV0200 unknown name `idea`"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.help == "did you mean `ideas`?")
        #expect(covered(diagnostic, in: program) == "idea")
    }

    @Test func duplicateCollectionPointsAtTheFirst() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "What went well?"
              prompt ideas "What got in the way?"
            }
            output csv ideas to "ideas.csv"
            """)
        #expect(summary(program) == ["4:10 CV0201 `ideas` is already defined"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.notes == ["`ideas` was first defined as a collection at line 3"])
        #expect(diagnostic.help == "rename one of them")
    }

    @Test func promptInsideAForLoopAddsToOneCollection() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            let areas = ["housing", "health"]
            stage gather "Gather" for 20m {
              for area in areas {
                prompt ideas "What would help with {area}?"
              }
              say "We have {ideas.count} ideas."
            }
            """)
        #expect(summary(program) == [])
    }

    @Test func theTwoBranchesOfAnIfMayEachMakeTheSameCollection() {
        let program = checkScript("""
            workshop "Retro" { duration 1h param online = false }
            stage gather "Gather" for 20m {
              if online {
                prompt ideas "Type your ideas in the chat."
              } else {
                if ideas-first {
                  prompt ideas "Write one idea per note."
                } else {
                  prompt ideas "Tell your neighbour, then the room."
                }
              }
              say "We have {ideas.count} ideas."
            }
            let ideas-first = true
            """)
        #expect(summary(program) == [])
    }

    @Test func inAnActivityTooTheTwoBranchesOfAnIfMayEachMakeTheSameCollection() {
        let program = checkScript("""
            workshop "Retro" { duration 1h role team "Team" }
            activity ask(tagged = false) {
              if tagged {
                prompt moments "What happened?" by role
              } else {
                prompt moments "What happened?"
              }
              if tagged {
                prompt extra "More?"
              }
              if tagged {
                prompt extra "Even more?"
              }
              return [moments, extra]
            }
            stage gather "Gather" for 20m {
              let found = ask(true)
              say "{found.count} moments."
            }
            """)
        #expect(summary(program) == ["12:12 CV0201 `extra` is already defined"])
    }

    @Test func aNameMadeTwiceInOneBranchOrAsDifferentThingsIsStillADuplicate() {
        let program = checkScript("""
            workshop "Retro" { duration 1h param online = false }
            stage gather "Gather" for 20m {
              if online {
                prompt ideas "Type your ideas in the chat."
                prompt ideas "And more?"
              } else {
                cluster ideas into ideas
              }
              if online {
                prompt notes "Notes?"
              }
              if online {
                prompt notes "More notes?"
              }
            }
            output csv ideas to "ideas.csv"
            output csv notes to "notes.csv"
            """)
        #expect(summary(program) == [
            "5:12 CV0201 `ideas` is already defined",
            "7:24 CV0201 `ideas` is already defined",
            "13:12 CV0201 `notes` is already defined",
        ])
    }

    @Test func aLoopVariableMayNotHideAVisibleName() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "Ideas?"
              for ideas in ideas.items { say "{ideas}" }
            }
            """)
        #expect(summary(program) == ["4:7 CV0201 `ideas` is already defined"])
    }

    @Test func unknownMemberListsTheMembers() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "What should we change?"
              vote priorities on ideas { method dots }
              for idea in priorities.kep { say "{idea.text}" }
            }
            """)
        #expect(summary(program) == ["5:26 CV0202 `priorities` has no member `kep`"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.help == "did you mean `kept`?")
        #expect(diagnostic.notes == ["`priorities` is a vote result; its members are `kept`, `ranking`, `winner`, `top`, `count`"])
    }

    @Test func membersFollowTheKindOfWhatWasVotedOn() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt ideas "Ideas?"
              cluster ideas into themes
              vote priorities on themes { method dots }
              for theme in priorities.kept { say "{theme.name}: {theme.count} items, first {theme.items.first.text}" }
              say "{priorities.top(2).count} {priorities.winner.nam}"
            }
            """)
        #expect(summary(program) == ["7:53 CV0202 `priorities.winner` has no member `nam`"])
    }

    @Test func gridMembersAreItsQuadrants() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            grid investment "Investment" {
              axis x effort "Effort" from low "Easy" to high "Hard"
              axis y impact "Impact" from low "Small" to high "Big"
              quadrant quick-wins "Quick wins" where effort is low and impact is high
            }
            stage plan "Plan" for 20m {
              prompt ideas "Ideas?"
              place ideas on investment
              actions next-steps for investment.quick-wins
              actions later for investment.quick-win
            }
            output csv next-steps to "next.csv"
            output csv later to "later.csv"
            """)
        #expect(summary(program) == ["11:32 CV0202 `investment` has no member `quick-win`"])
        #expect(program.diagnostics.first?.help == "did you mean `quick-wins`?")
    }

    @Test func collectionFromALaterStage() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
            }
            stage choose "Choose" for 10m {
              vote priorities on themes { method dots }
            }
            stage sort "Sort" for 10m {
              cluster ideas into themes
            }
            output csv priorities to "p.csv"
            """)
        #expect(summary(program) == ["6:22 CV0203 `themes` is created in stage `sort`, which runs after this one"])
        #expect(program.diagnostics.first?.help == "use `themes` in a stage after `sort`, or create it earlier")
    }

    @Test func collectionLaterInTheSameStage() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 10m {
              say "So far {ideas.count}"
              prompt ideas "Ideas?"
            }
            """)
        #expect(summary(program) == ["3:16 CV0203 `ideas` is created later in stage `gather`, at line 4"])
    }

    @Test func collectionUsedOutsideStages() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            let total = ideas.count
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
            }
            """)
        #expect(summary(program) == [
            "2:13 CV0203 `ideas` is created in stage `gather`, but this is worked out before any stage runs",
        ])
    }

    @Test func topLevelLetUsedBeforeItsDefinition() {
        let program = checkScript("""
            let total = slot * 2
            let slot = 15m
            """)
        #expect(summary(program) == ["1:13 CV0203 `slot` is used before its `let` at line 2"])
    }

    @Test func stageLetsEndWithTheirStage() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity gather-ideas(question) {
              prompt answers question
              return answers
            }
            stage gather "Gather" for 10m {
              say "{ideas.count}"
              let ideas = gather-ideas("Ideas?")
              cluster ideas into themes
            }
            stage sort "Sort" for 10m {
              let ideas = themes
              say "{ideas.count} themes"
            }
            stage choose "Choose" for 10m {
              vote priorities on ideas { method dots }
            }
            output csv priorities to "priorities.csv"
            """)
        #expect(summary(program) == [
            "7:9 CV0203 `ideas` is used before its `let` at line 8",
            "16:22 CV0200 unknown name `ideas`",
        ])
        let diagnostic = try #require(program.diagnostics.last)
        #expect(diagnostic.notes == ["`ideas` is a `let` of stage `gather`, and a stage's `let`s end with the stage"])
    }

    @Test func activityArguments() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity warm-up(question, time = 5m) {
              say "{question} ({time})"
            }
            stage open "Open" for 10m {
              warm-up(time: 10m)
              warm-up("Animal?", tme: 10m)
              warm-up("Animal?", 5m, 3)
              warm-up("Animal?", question: "Again?")
              warm-up("Animal?", time: "ten minutes")
            }
            """)
        #expect(summary(program) == [
            "6:3 CV0204 activity `warm-up` needs an argument for `question`",
            "7:22 CV0204 activity `warm-up` has no parameter `tme`",
            "8:26 CV0204 activity `warm-up` takes 2 arguments, but more are given",
            "9:32 CV0204 `question` is given twice",
            "10:28 CV0400 `time` of `warm-up` is a duration, like its default, but this is text",
        ])
        #expect(program.diagnostics.first { $0.message.contains("tme") }?.help == "did you mean `time`?")
    }

    @Test func callingSomethingThatIsNotAnActivity() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
              ideas()
              say "{ideas.count()}"
            }
            """)
        #expect(summary(program) == [
            "4:3 CV0205 `ideas` is a collection of items, not an activity",
            "5:15 CV0205 `count` is a number, not something to call",
        ])
    }

    @Test func returnOutsideAnActivity() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
              return ideas
            }
            """)
        #expect(summary(program) == ["4:3 CV0206 `return` can only be used inside an activity"])
        #expect(covered(try #require(program.diagnostics.first), in: program) == "return ideas")
    }

    @Test func activitiesMayNotCallThemselves() throws {
        let program = checkScript("""
            activity a() { b() }
            activity b() { c() }
            activity c() { a() }
            activity d() { d() }
            """)
        #expect(summary(program) == [
            "3:16 CV0207 activity `a` calls itself through `b`, `c`",
            "4:16 CV0207 activity `d` calls itself",
        ])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.notes == ["the calls go a → b → c → a"])
    }

    @Test func activitiesRunOnlyInsideStages() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity welcome() { say "Welcome." }
            let opening = welcome()
            stage open "Open" for 10m { welcome() }
            """)
        #expect(summary(program) == ["3:15 CV0208 activity `welcome` can only run inside a stage"])
    }

    @Test func anActivityDoesNotSeeStageCollections() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity show() { say "{ideas.count}" }
            stage gather "Gather" for 10m {
              prompt ideas "Ideas?"
              show()
            }
            """)
        #expect(summary(program) == ["2:25 CV0200 unknown name `ideas`"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.notes == [
            "`ideas` is created in stage `gather`; an activity sees only its parameters and top-level declarations",
        ])
        #expect(diagnostic.help == "pass `ideas` to the activity as an argument")
    }

    @Test func activityValuesWithoutReturn() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity welcome() { say "Welcome." }
            stage open "Open" for 10m {
              let x = welcome()
            }
            """)
        #expect(summary(program) == ["4:11 CV0400 activity `welcome` gives back no value"])
    }

    @Test func importedNamesAreVisibleAndDuplicatesAcrossFilesReported() throws {
        let program = checkScript("""
            import "lib.convene"
            workshop "Retro" { duration 1h }
            activity welcome() { say "Hi." }
            stage open "Open" for 10m { warm-up("Animal?") }
            """, files: ["lib.convene": """
            activity warm-up(question) { say question }
            activity welcome() { say "Welcome." }
            """])
        #expect(summary(program) == ["3:10 CV0201 `welcome` is already defined"])
        #expect(program.diagnostics.first?.notes == ["`welcome` was first defined as an activity at lib.convene:2"])
    }
}
