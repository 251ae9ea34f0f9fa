import ConveneSession
import Testing

/// Stages, themes and roles typed by the facilitator in part or misspelt:
/// a start no other name has is enough, and a name that reaches nothing
/// gets "did you mean …?" with the names it was likely meant for.
@Suite struct TypedNameTests {
    static let script = """
        workshop "Names" {
          role family-carer "Family carers"
          role lived "People with lived experience"
        }
        stage welcome "Welcome" for 10m {
          say "Hello."
        }
        stage gather "Gather" for 10m {
          prompt ideas "Ideas?" by role
        }
        stage sort-working "Sort what works" for 10m {
          cluster ideas into themes
        }
        stage sort-not-working "Sort what does not" for 10m {
          say "Now the rest."
        }
        stage welcome-back "Welcome back" for 10m {
          say "Day two."
        }
        """

    private func clustering() throws -> (Session, CommandInterpreter) {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, [":next", "fam: Café on Thursdays", "lived: A quiet room", "lived: Buses", ":next"])
        TestSupport.feed(interpreter, ["Café culture ☕: i1", "Carers: i2", "Getting around: i3"])
        return (session, interpreter)
    }

    @Test func aStageIsReachedByAStartNoOtherStageHas() throws {
        let session = try TestSupport.start(Self.script)
        let interpreter = CommandInterpreter(session: session)
        #expect(TestSupport.feed(interpreter, [":goto sort-w"]).first == "\n== Stage 3 of 5: Sort what works (sort-working, 10m) ==")
        #expect(session.currentStep.stage == "sort-working")
        TestSupport.feed(interpreter, [":goto Welcome"])
        #expect(session.currentStep.stage == "welcome", "a whole name is a stage's even when it starts another's")
    }

    @Test func anAmbiguousOrUnknownStageGetsTheLikelyNames() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        #expect(TestSupport.feed(interpreter, [":goto sort"]) == [
            "error: `sort` is the start of more than one stage\nhelp: did you mean `sort-working` or `sort-not-working`?",
        ])
        #expect(TestSupport.feed(interpreter, [":goto working"]) == [
            "error: there is no stage `working`\nhelp: did you mean `sort-working` or `sort-not-working`?",
        ])
        #expect(TestSupport.feed(interpreter, [":goto sort-wroking"]) == [
            "error: there is no stage `sort-wroking`\nhelp: did you mean `sort-working`?",
        ])
        #expect(TestSupport.feed(interpreter, [":goto lunch"]) == [
            "error: there is no stage `lunch`\nhelp: the stages are: welcome, gather, sort-working, sort-not-working, welcome-back",
        ])
    }

    @Test func aThemeIsReachedByAStartOfItsNameWhateverTheCase() throws {
        let (session, interpreter) = try clustering()
        #expect(TestSupport.feed(interpreter, [":move i3 to café"]) == [
            "saved t1: Café culture ☕ (2 items)",
            "i3 moved out of t3 “Getting around”",
        ])
        #expect(TestSupport.feed(interpreter, [":rename get to Travel"]) == ["saved t3: renamed to Travel"])
        #expect(TestSupport.feed(interpreter, [":merge trav into Carers"]) == ["saved t2: Carers (1 item)"])
        #expect(session.state.themes["t3"]?.removed == true)
    }

    @Test func aThemeIsFoundWithoutItsAccents() throws {
        let (_, interpreter) = try clustering()
        #expect(TestSupport.feed(interpreter, [":move i3 to cafe"]) == ["saved t1: Café culture ☕ (2 items)", "i3 moved out of t3 “Getting around”"])
    }

    @Test func anAmbiguousOrUnknownThemeGetsTheLikelyThemes() throws {
        let (_, interpreter) = try clustering()
        #expect(TestSupport.feed(interpreter, [":move i3 to Ca"]) == [
            "error: `Ca` is the start of more than one theme here\nhelp: did you mean t1 “Café culture ☕” or t2 “Carers”?",
        ])
        #expect(TestSupport.feed(interpreter, [":move i3 to Cafr"]) == [
            "error: there is no theme `Cafr` here\nhelp: did you mean t1 “Café culture ☕”?",
        ])
        #expect(TestSupport.feed(interpreter, [":move i3 to around"]) == [
            "error: there is no theme `around` here\nhelp: did you mean t3 “Getting around”?",
        ])
        #expect(TestSupport.feed(interpreter, [":merge Zebra into t1"]) == [
            "error: there is no theme `Zebra` here\nhelp: the themes are: t1 Café culture ☕, t2 Carers, t3 Getting around",
        ])
        TestSupport.feed(interpreter, [":theme Travel"])
        #expect(TestSupport.feed(interpreter, [":move i3 to t9"]) == [
            "error: there is no theme `t9` here\nhelp: the themes are: t1 Café culture ☕, t2 Carers, t3 Getting around, t4 Travel",
        ], "an id is not taken for a name spelt wrong (`Tr`)")
    }

    @Test func aRoleThatIsNoneGetsTheRoleItsNameOrLabelIsClosestTo() throws {
        let interpreter = CommandInterpreter(session: try TestSupport.start(Self.script))
        let roles = "the roles here are: family-carer (Family carers), lived (People with lived experience)"
        TestSupport.feed(interpreter, [":next"])
        #expect(TestSupport.feed(interpreter, ["Carers: too tired"]) == [
            "error: `Carers` is not a role of this prompt\nhelp: did you mean `family-carer` (Family carers)? \(roles)",
        ])
        #expect(TestSupport.feed(interpreter, ["famly: too tired"]) == [
            "error: `famly` is not a role of this prompt\nhelp: did you mean `family-carer` (Family carers)? \(roles)",
        ])
        #expect(TestSupport.feed(interpreter, ["people: too tired"]) == [
            "error: `people` is not a role of this prompt\nhelp: did you mean `lived` (People with lived experience)? \(roles)",
        ])
        #expect(TestSupport.feed(interpreter, ["fam: too tired"]) == ["saved i1: [family-carer] too tired"])
    }
}
