import ConveneSession
import Foundation
import Testing

@Suite struct SessionBehaviourTests {
    static let script = """
        workshop "Behaviour" {
          role a "Group A"
          role b "Group B"
          param focus = "parks" "What we talk about"
          param rounds: number = 2
        }

        stage gather "Gather" for 10m {
          say "Today: {focus}."
          prompt problems "What is wrong with {focus}?" by role
        }

        stage sort "Sort" for 10m {
          cluster problems into themes
        }

        stage choose "Choose" for 10m {
          vote top on themes {
            method borda
            ballots named
            keep top 2
            ties facilitator
          }
        }

        stage fix "Fix" for 10m {
          for theme in top.kept {
            prompt fixes "How would we fix {theme}?"
          }
          if rounds > 1 {
            say "Two rounds."
          }
        }
        """

    /// A session that has reached the vote with three themes.
    static func atTheVote(folder: String? = nil) throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(script, folder: folder)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, [
            "a: no toilets", "b: no benches", "a: dogs everywhere", ":next",
            "Facilities: i1 i2", "Dogs: i3", "Empty: ", ":theme Paths", ":next",
        ])
        return (session, interpreter)
    }

    @Test func resumeContinuesAtTheSameStageStepAndState() throws {
        let folder = TestSupport.temporaryFolder()
        let (session, interpreter) = try Self.atTheVote(folder: folder)
        TestSupport.feed(interpreter, ["Ana: t1 > t2 > t3", "Ben: t2 > t1", ":next", "Bigger toilets"])
        #expect(session.currentStep.key == "fix/fixes#1")
        let before = session.state
        TestSupport.feed(interpreter, [":pause"])

        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.currentStep.key == "fix/fixes#1")
        #expect(resumed.currentStep.loop == [LoopBinding(variable: "theme", text: "Facilities", reference: "t1")])
        #expect(resumed.state.items(in: "fixes").map(\.text) == ["Bigger toilets"])
        #expect(resumed.state.items(in: "fixes").first?.loop.first?.reference == "t1")
        #expect(resumed.state.themes(in: "themes").map(\.name) == before.themes(in: "themes").map(\.name))
        #expect(resumed.state.votes["choose/top"]?.result == before.votes["choose/top"]?.result)
        let reply = TestSupport.feed(CommandInterpreter(session: resumed), [":next", "Train the dogs"])
        #expect(reply.last == "saved i5: Train the dogs")
        #expect(resumed.state.items(in: "fixes").last?.loop.first?.text == "Dogs")
    }

    @Test func resumingAFinishedWorkshopSaysSoUnderItsLastStage() throws {
        let script = "workshop \"Short\" {\n}\n\nstage only \"Only\" for 5m {\n  say \"Hello.\"\n}\n"
        let folder = TestSupport.temporaryFolder()
        TestSupport.feed(CommandInterpreter(session: try TestSupport.start(script, folder: folder)), [":next", ":pause"])
        let (resumed, _) = try TestSupport.resume(script, folder: folder)
        #expect(CommandInterpreter(session: resumed).opening() == [
            .info("Short — session folder \(folder)"),
            .stage(number: 1, total: 1, name: "only", title: "Only", timebox: "5m"),
            .info(CommandInterpreter.completionNotice),
        ])
    }

    @Test func undoTakesBackItemsAndMoves() throws {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        #expect(TestSupport.feed(interpreter, [":undo"]) == ["error: there is nothing to undo"])
        TestSupport.feed(interpreter, ["a: one", ":next"])
        #expect(session.currentStep.stage == "sort")
        #expect(TestSupport.feed(interpreter, [":undo"]) == [
            "Undid: moving to `themes` in stage `sort`", "Now at the prompt `problems` in stage `gather`.",
        ])
        #expect(TestSupport.feed(interpreter, [":undo"]).first == "Undid: item i1 (one)")
        #expect(session.state.items(in: "problems").isEmpty)
        #expect(TestSupport.feed(interpreter, ["b: two"]) == ["saved i2: [b] two"], "an undone id is not reused")
    }

    @Test func removingAndEditingKeepsTheJournalHonest() throws {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["a: no toilets", "b: no benchs"])
        #expect(TestSupport.feed(interpreter, [":edit i2 no benches"]) == ["saved i2: now: [b] no benches"])
        #expect(TestSupport.feed(interpreter, [":edit i2 a: no benches"]) == ["saved i2: now: [a] no benches"])
        #expect(TestSupport.feed(interpreter, [":edit i2 landlord: no benches"])
            == ["error: `landlord` is not a role of this prompt\nhelp: the roles here are: a (Group A), b (Group B)"],
            "a tag is read as an answer's is, not quietly kept as text")
        #expect(TestSupport.feed(interpreter, [":remove i1"]) == ["removed item i1: no toilets"])
        #expect(TestSupport.feed(interpreter, [":edit i1 toilets"]) == ["error: item `i1` was removed\nhelp: `:undo` brings back the last removal"])
        TestSupport.feed(interpreter, [":undo"])
        #expect(session.state.items(in: "problems").map(\.text) == ["no toilets", "no benches"])
        TestSupport.feed(interpreter, [":next", "Facilities: i1 i2"])
        #expect(TestSupport.feed(interpreter, [":remove t1"]) == ["removed theme t1 “Facilities” (its items are now unsorted)"])
        #expect(session.unsortedItems().map(\.id) == ["i1", "i2"])
        #expect(session.records.filter { if case .removed = $0.event { true } else { false } }.count == 2, "removals are events, not deletions")
    }

    @Test func namedBallotsNeedOneBallotPerVoter() throws {
        let (session, interpreter) = try Self.atTheVote()
        #expect(session.currentStep.key == "choose/top")
        #expect(TestSupport.feed(interpreter, ["t1 > t2"]) == [
            "error: ballots in this vote are named: say whose ballot it is\nhelp: e.g. `:vote Sam: t1 > t2 > t3`",
        ])
        #expect(TestSupport.feed(interpreter, ["Ana: t3 > t1"]) == ["saved b1: Ana: t3 > t1 (1 ballot)"])
        #expect(TestSupport.feed(interpreter, ["ana: t1"]) == [
            "error: ana has already voted (b1)\nhelp: to replace it, `:remove b1` first",
        ])
        #expect(TestSupport.feed(interpreter, [":vote Ben: t1 > t9"]) == [
            "error: `t9` is not an option in this vote\nhelp: the options are: t1 t2 t3 t4",
        ])
        #expect(TestSupport.feed(interpreter, ["Ben: t1 > t1"]).first?.hasPrefix("error: this ballot breaks the vote's rule: option `t1 Facilities` is ranked twice") == true)
    }

    @Test func skippingAVoteLeavesItUncountedAndLaterStagesSaySo() throws {
        let (session, interpreter) = try Self.atTheVote()
        let reply = TestSupport.feed(interpreter, [":next", ":skip"])
        #expect(reply.first == "error: no ballots have been recorded for vote `top` yet\nhelp: record them with `:vote t1 > t2 > t3`, or `:skip` to move on without counting")
        #expect(reply[1].hasPrefix("test.convene:27:20: error: vote `top` has not been counted yet\n 27 | "))
        #expect(reply[1].hasSuffix(" top.kept {\n    |                    ^~~~\nhelp: go to the vote (`:goto choose`) and type `:next` to count it"))
        #expect(reply[2] == "warning: went past stage `fix`, which cannot be worked out (above); `:goto fix` once that is put right")
        #expect(session.currentStep.stage != "fix")
    }

    @Test func mistypedCommandsAndStagesGetSuggestions() throws {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        #expect(TestSupport.feed(interpreter, [":udno"]) == [
            "error: unknown command `:udno`; did you mean `:undo`?\nhelp: type :help for the list of commands",
        ])
        #expect(TestSupport.feed(interpreter, [":goto chose"]) == ["error: there is no stage `chose`\nhelp: did you mean `choose`?"])
        #expect(TestSupport.feed(interpreter, [":help tally"]) == [
            ":tally OPTION=N … — record the room's totals, option by option", "Example: :tally t1=7 t2=3 t3=0",
        ])
        #expect(TestSupport.feed(interpreter, [":theme Dogs"]).first?.hasPrefix("error: themes are made while clustering, and the prompt `problems` is not a clustering") == true)
    }

    @Test func parametersAreTypedAndInterpolated() throws {
        let session = try TestSupport.start(Self.script, parameters: [ParameterSetting(name: "focus", value: "the riverside")])
        #expect(session.currentStep.sayings == ["Today: the riverside."])
        guard case .prompt(let prompt) = session.currentStep.kind else {
            Issue.record("expected a prompt")
            return
        }
        #expect(prompt.question == "What is wrong with the riverside?")
        #expect {
            _ = try TestSupport.start(Self.script, parameters: [ParameterSetting(name: "focuss", value: "x")])
        } throws: { error in
            (error as? SessionError)?.description == "the workshop has no parameter `focuss`\nhelp: did you mean `focus`?"
        }
        #expect {
            _ = try TestSupport.start(Self.script, parameters: [ParameterSetting(name: "rounds", value: "two")])
        } throws: { error in
            (error as? SessionError)?.description == "parameter `rounds` is a number; `two` is not one\nhelp: for example `--param rounds=12`"
        }
    }

    @Test func itemsWithQuotesCommasAndLineBreaksSurviveTheCSV() throws {
        let session = try TestSupport.start(Self.script)
        _ = try session.addItem("She said \"no, never\"\nand left", tag: "a")
        let files = Dictionary(uniqueKeysWithValues: OutputWriter(snapshot: session.snapshot).standardFiles())
        let rows = files["items.csv"]!.components(separatedBy: "\r\n")
        #expect(rows[1].hasPrefix("i1,\"She said \"\"no, never\"\"\nand left\",a,Group A,problems,gather,problems,"))
        #expect(files["transcript.md"]!.contains("i1 [a] “She said \"no, never\" and left”"))
    }
}

/// A session that stops between a vote and a later step of its stage that reads the result.
@Suite struct StoppingBetweenAVoteAndItsResultTests {
    static let script = """
        workshop "Picnic in {town}" {
          purpose "A day out from {town}."
          duration 1h
          param town = "Leeds"
        }
        stage choose "Choose" for 20m {
          prompt ideas "Where shall we go?"
          vote pick on ideas {
            method approval
            keep top 1
          }
          say "We go to {pick.winner}."
        }
        """

    @Test func resumeBeforeTheVoteIsCountedDoesNotWorkOutTheLaterStep() throws {
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script, folder: folder))
        TestSupport.feed(interpreter, ["the park", ":pause"])
        let journalBefore = TestSupport.read(folder + "/journal.jsonl")

        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.currentStep.key == "choose/ideas")
        let reply = TestSupport.feed(CommandInterpreter(session: resumed), ["the beach", ":next", "i2", ":next"])
        #expect(reply.contains("saved i2: the beach"))
        #expect(reply.contains("> We go to the beach."))
        #expect(TestSupport.read(folder + "/journal.jsonl").hasPrefix(journalBefore))
    }

    @Test func theTitleAndPurposeAreFilledInWithTheParametersGiven() throws {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(Self.script, folder: folder, parameters: [ParameterSetting(name: "town", value: "Hull")])
        #expect(session.header.title == "Picnic in Hull")
        let opening = CommandInterpreter(session: session).opening().map(MessageRenderer.render)
        #expect(opening.first == "Picnic in Hull — session folder \(folder)")
        TestSupport.feed(CommandInterpreter(session: session), [":pause"])
        #expect(TestSupport.read(folder + "/report.md").hasPrefix("# Picnic in Hull\n\nA day out from Hull.\n"))
        #expect(try TestSupport.resume(Self.script, folder: folder).0.header.title == "Picnic in Hull")
    }

    @Test func finishingKeepsTheSessionOpenUntilTheFacilitatorLeaves() throws {
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script, folder: folder))
        let finishing = TestSupport.feed(interpreter, ["the park", ":next", "i1", ":next", ":next", ":next"])
        #expect(finishing.suffix(2) == [
            "The workshop is complete; :back reopens its last step, :quit leaves.",
            "error: the workshop is complete; there is no step after this one\nhelp: `:back` reopens its last step; `:quit` leaves",
        ])
        #expect(!interpreter.hasStopped)
        let journal = TestSupport.read(folder + "/journal.jsonl")
        #expect(journal.components(separatedBy: "\"type\":\"finish\"").count == 2)
        let leaving = TestSupport.feed(interpreter, [":quit"])
        #expect(leaving.last == "The workshop is complete. Everything is in \(folder).")
        #expect(interpreter.hasStopped)
        #expect(!TestSupport.read(folder + "/journal.jsonl").contains("\"type\":\"pause\""))
    }
}

/// What the session says when a line may not do what the facilitator meant.
@Suite struct QuietSurprisesAreSpokenTests {
    static let script = """
        workshop "Hints" { duration 1h }
        grid g "G" {
          axis x effort "Effort" from low "Low" to high "High"
          axis y impact "Impact" from low "Low" to high "High"
          scale 5
        }
        stage a "A" for 20m {
          prompt ideas "Ideas?"
          say "Thanks."
        }
        stage b "B" for 20m {
          place ideas on g
        }
        """

    @Test func aLineTypedAtATalkStepAfterAQuestionIsANoteAndSaysSoOnce() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        let reply = TestSupport.feed(interpreter, ["one", ":next", "two", "three"])
        #expect(Array(reply.suffix(3)) == [
            "saved n1: note: two",
            "This step is talk only, so lines typed here are kept as notes; :back returns to the step before, :next goes on.",
            "saved n2: note: three",
        ])
    }

    @Test func aLineMeantForTheStepBeforeIsNotSilentlyANote() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        let reply = TestSupport.feed(interpreter, ["one", ":next", "i1 2 4", "i1 higher", ":note i1 2 4"])
        #expect(reply.suffix(3) == [
            "error: `i1 2 4` looks like a placement on a grid, but this step is talk only\n"
                + "help: `:back` returns to the step before; `:note i1 2 4` keeps it as a note",
            "error: `i1 higher` looks like a nudge on a grid, but this step is talk only\n"
                + "help: `:back` returns to the step before; `:note i1 higher` keeps it as a note",
            "saved n1: note: i1 2 4",
        ])
    }

    @Test func aVoteInsideAnActivityNamesTheCollectionItWasGiven() throws {
        let script = """
            workshop "Activities" { duration 1h }
            activity choose(options) {
              vote picked on options {
                method approval
              }
              return picked
            }
            stage a "A" for 20m {
              prompt ideas "Ideas?"
              let best = choose(ideas)
              say "{best.winner}"
            }
            """
        let interpreter = CommandInterpreter(session: try TestSupport.start(script))
        let reply = TestSupport.feed(interpreter, ["one", ":next"])
        #expect(reply.contains("? Vote `picked` on `ideas`: approval voting: tick every option you support; anonymous ballots; keeps every option, ranked."))
    }

    @Test func nudgingAnIdeaNotOnTheGridSaysItStartedFromTheCentre() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        let reply = TestSupport.feed(interpreter, ["one", ":next", ":next", "i1 higher", "i1 left"])
        #expect(Array(reply.suffix(3)) == [
            "saved i1: at 3,4 — on a middle line",
            "i1 was not on the grid yet, so it was nudged from the centre",
            "saved i1: at 2,4 — in no quadrant",
        ])
    }

    @Test func theReportTellsAMiddleLineFromAQuadrantWithNoName() throws {
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script, folder: folder))
        TestSupport.feed(interpreter, ["one", "two", ":next", ":next", "i1 3 4", "i2 2 4", ":list", ":pause"])
        let report = TestSupport.read(folder + "/report.md")
        #expect(report.contains("### On a middle line: 1\n\n- i1 one (3,4)\n\n### In no named quadrant: 1\n\n- i2 two (2,4)\n"))
    }
}

@Suite struct MarkdownOutputTests {
    @Test func aMarkdownOutputOfThemesListsTheStatementsInEach() throws {
        let script = """
            workshop "Themes" { duration 1h }
            stage a "A" for 20m {
              prompt said "What did people say?"
              cluster said into themes
            }
            output markdown themes to "themes.md"
            output markdown said to "said.md"
            """
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start(script, folder: folder))
        TestSupport.feed(interpreter, ["no *buses* after 6", "GP waits", "no benches", ":next", "Transport: i1", "Health: i2", ":quit"])
        #expect(TestSupport.read(folder + "/themes.md") == """
            - Transport
              - i1: no \\*buses\\* after 6
            - Health
              - i2: GP waits

            """)
        #expect(TestSupport.read(folder + "/said.md") == "- no \\*buses\\* after 6\n- GP waits\n- no benches\n")
    }
}

/// A vote counted again after a later loop over its result has been answered.
@Suite struct RecountTests {
    static let script = """
        workshop "Recount" { duration 1h }
        stage a "A" for 10m {
          prompt ideas "Ideas?"
        }
        stage b "B" for 10m {
          vote v on ideas {
            method plurality
            keep top 1
          }
        }
        stage c "C" for 10m {
          for idea in v.kept {
            prompt fixes "Fix for {idea.text}?"
          }
        }
        """

    @Test func answersKeepTheQuestionTheyWereGivenTo() throws {
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script, folder: folder))
        TestSupport.feed(interpreter, [
            "alpha", "beta", ":next", "i1", "i1", "i2", ":next", "fix alpha one",
            ":goto b", "i2", "i2", ":next", "fix beta",
        ])
        #expect(TestSupport.feed(interpreter, [":list"]) == [
            "  i4 fix beta",
            "Answered when this step was about something else (a vote was counted again since):",
            "  i3 fix alpha one  (idea: alpha)",
        ])
        TestSupport.feed(interpreter, [":quit"])
        let report = TestSupport.read(folder + "/report.md")
        #expect(report.contains("### `fixes` (2)\n\n_Fix for alpha?_\n\n- i3: fix alpha one\n\n_Fix for beta?_\n\n- i4: fix beta\n"))
    }
}

@Suite struct GridTableTests {
    @Test func gridCSVNamesEachEndAsTheScriptDoes() throws {
        let folder = TestSupport.temporaryFolder()
        let interpreter = CommandInterpreter(session: try TestSupport.start("""
            workshop "Grid" { duration 1h }
            grid g "Cost and reach" {
              axis x cost "Cost" from cheap "Cheap" to dear "Dear"
              axis y reach "Reach" from few "Few" to many "Many"
              quadrant easy "Easy wins" where cost is cheap and reach is many
            }
            stage a "A" for 20m {
              prompt ideas "Ideas?"
              place ideas on g
            }
            """, folder: folder))
        TestSupport.feed(interpreter, ["one", "two", ":next", "i1 1 5", "i2 3 1", ":pause"])
        #expect(TestSupport.read(folder + "/grid.csv") == [
            "grid,id,label,x,y,x_end,y_end,quadrant",
            "g,i1,one,1,5,cheap,many,easy",
            "g,i2,two,3,1,middle,few,",
        ].map { $0 + "\r\n" }.joined())
    }
}
