import Foundation
import Testing

/// `convene run` in a real pseudo-terminal, as a facilitator drives it in
/// front of a room: the prompt, editing, history, completion, Ctrl-C,
/// Ctrl-D and resuming, the grid, and the timebox notice.
@Suite struct FacilitatorTerminalTests {
    private let gatherPrompt = "[1/3 gather › ideas · 20m left] >"

    /// Starts a run of a fixture script on a pty; returns it once the first
    /// prompt is up (keys typed earlier would be echoed by the kernel).
    private func startRun(_ script: String, home: URL, session: URL, firstPrompt: String, columns: Int = 80) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: ConveneBinary.path(),
            arguments: ["run", Fixtures.folder.appendingPathComponent("run/\(script)").path, "--out", session.path],
            environment: ConveneBinary.environment(home: home), columns: columns)
        try terminal.waitForCursorLine(firstPrompt)
        return terminal
    }

    private func newRun(_ script: String = "room.convene", firstPrompt: String? = nil, columns: Int = 80) throws -> (PseudoTerminal, URL) {
        let folder = try ConveneBinary.temporaryFolder()
        let session = folder.appendingPathComponent("session")
        let terminal = try startRun(script, home: folder, session: session, firstPrompt: firstPrompt ?? gatherPrompt, columns: columns)
        return (terminal, session)
    }

    private let sortPrompt = "[2/3 sort › themes · 15m left] >"

    /// A new run with `ideas` gathered, moved on to the clustering step.
    private func runToSorting(after ideas: [String]) throws -> PseudoTerminal {
        let (terminal, _) = try newRun()
        for idea in ideas {
            try enter(idea, on: terminal, thenPrompt: gatherPrompt)
        }
        try enter(":next", on: terminal, thenPrompt: sortPrompt)
        return terminal
    }

    /// Types a line and waits for the next prompt to come back empty.
    private func enter(_ line: String, on terminal: PseudoTerminal, thenPrompt prompt: String) throws {
        terminal.type(line)
        try terminal.waitUntil("\(line) to be typed") { $0.cursorLine.hasSuffix(line) }
        terminal.type(Key.enter)
        try terminal.waitForCursorLine(prompt)
    }

    @Test func thePromptShowsTheStageTheStepAndTheTimeLeft() throws {
        let (terminal, _) = try newRun()
        let screen = terminal.screen.text
        #expect(screen.contains("== Stage 1 of 3: Gather ideas (gather, 20m) =="))
        #expect(screen.contains("> One idea per line, in the room's own words."))
        #expect(screen.contains("? What could we do?"))
        #expect(terminal.screen.cursorLine == gatherPrompt)
    }

    @Test func anItemWithAccentsAndEmojiIsEditedWithTheArrowKeys() throws {
        let (terminal, session) = try newRun()
        terminal.type("Cafe for everyone ☕")
        try terminal.waitForCursorLine(gatherPrompt + " Cafe for everyone ☕")
        // Back over " for everyone ☕" (15 characters, the emoji one key).
        terminal.type(String(repeating: Key.left, count: 15) + Key.backspace + "é")
        try terminal.waitForCursorLine(gatherPrompt + " Café for everyone ☕")
        terminal.type(Key.enter)
        try terminal.waitFor("saved i1: Café for everyone ☕")
        let journal = try String(contentsOf: session.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("Café for everyone ☕"))
    }

    @Test func theUpArrowRecallsEarlierLines() throws {
        let (terminal, _) = try newRun()
        try enter("A quiet room for focus", on: terminal, thenPrompt: gatherPrompt)
        try enter("Stop the Monday meeting", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(Key.up)
        try terminal.waitForCursorLine(gatherPrompt + " Stop the Monday meeting")
        terminal.type(Key.up)
        try terminal.waitForCursorLine(gatherPrompt + " A quiet room for focus")
        terminal.type(" again" + Key.enter)
        try terminal.waitFor("saved i3: A quiet room for focus again")
    }

    @Test func controlRSearchesBackThroughHistory() throws {
        let (terminal, _) = try newRun()
        for line in ["A quiet room for focus", "Stop the Monday meeting", "Pair on hard problems"] {
            try enter(line, on: terminal, thenPrompt: gatherPrompt)
        }
        terminal.type(Key.controlR + "quiet")
        try terminal.waitForCursorLine("(search “quiet”) A quiet room for focus")
        terminal.type(Key.enter)
        try terminal.waitFor("saved i4: A quiet room for focus")
        try terminal.waitForCursorLine(gatherPrompt)
    }

    @Test func anArrowEndsTheSearchKeepingTheLineFoundAndControlGPutsBackTheLineTyped() throws {
        let (terminal, _) = try newRun()
        for line in ["Stop the Monday meeting", "A quiet room for focus"] {
            try enter(line, on: terminal, thenPrompt: gatherPrompt)
        }
        terminal.type("half typed" + Key.controlR + "mondy")
        try terminal.waitForCursorLine("(no earlier line has “mondy”) Stop the Monday meeting")
        terminal.type(Key.controlG)
        try terminal.waitForCursorLine(gatherPrompt + " half typed")
        terminal.type(Key.controlR + "MOND")
        try terminal.waitForCursorLine("(search “MOND”) Stop the Monday meeting")
        terminal.type(String(repeating: Key.left, count: 7) + "long " + Key.enter)
        try terminal.waitFor("saved i3: Stop the Monday long meeting")
    }

    @Test func aWiderWindowRedrawsTheLineOnceAndEditingGoesOn() throws {
        let (terminal, _) = try newRun()
        terminal.type("Zoë says the café is open")
        try terminal.waitForCursorLine(gatherPrompt + " Zoë says the café is open")
        terminal.resize(columns: 100)
        terminal.type(String(repeating: Key.backspace, count: 4) + "shut")
        try terminal.waitForCursorLine(gatherPrompt + " Zoë says the café is shut")
        terminal.type(Key.enter)
        try terminal.waitFor("saved i1: Zoë says the café is shut")
        try terminal.waitForCursorLine(gatherPrompt)
        #expect(terminal.screen.text.components(separatedBy: "] >").count == 3, "each prompt is drawn once")
    }

    @Test func typingIntoTheStartOfALineThatWrapsKeepsItsEndInView() throws {
        let (terminal, _) = try newRun()
        // Rows are compared without the spaces and line breaks where the line folds.
        let joined = { (text: String) in text.filter { $0 != " " && $0 != "\n" } }
        terminal.type("lived: My daughter helps with the shopping on Mondays")
        try terminal.waitUntil("the line to wrap") { joined($0.text).hasSuffix("onMondays") }
        terminal.type("\u{01}" + String(repeating: Key.right, count: 7))
        var typed = ""
        for key in "abcdefghijkl" {
            typed.append(key)
            terminal.type(String(key))
            let shown = joined(gatherPrompt + " lived: \(typed)My daughter helps with the shopping on Mondays")
            try terminal.waitUntil("“\(typed)” to be typed in, the whole line shown") { joined($0.text).hasSuffix(shown) }
        }
    }

    @Test func controlCClearsAHalfTypedLineAndTheSessionGoesOn() throws {
        let (terminal, _) = try newRun()
        terminal.type("half an idea")
        try terminal.waitForCursorLine(gatherPrompt + " half an idea")
        terminal.type(Key.controlC)
        try terminal.waitForCursorLine(gatherPrompt)
        #expect(terminal.screen.text.contains("half an idea^C"))
        try enter("A whole idea", on: terminal, thenPrompt: gatherPrompt)
        #expect(terminal.screen.text.contains("saved i1: A whole idea"))
        try enter(":list", on: terminal, thenPrompt: gatherPrompt)
        #expect(!terminal.screen.text.contains("i2"))
    }

    @Test func tabListsIdsWithWhatEachOneSays() throws {
        let (terminal, _) = try newRun()
        try enter("Too many meetings", on: terminal, thenPrompt: gatherPrompt)
        try enter("No time to think", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(":edit i" + Key.tab)
        try terminal.waitFor("i1  Too many meetings\ni2  No time to think\n" + gatherPrompt + " :edit i")
        terminal.type("2 " + Key.tab)
        try terminal.waitForCursorLine(gatherPrompt + " :edit i2 No time to think")
        terminal.type(String(repeating: Key.left, count: 9) + "at all " + Key.enter)
        try terminal.waitFor("saved i2: now: No time at all to think")
    }

    @Test func tabListsThemesOnceEachByIdWithTheirNamesBelowALineThatWraps() throws {
        let terminal = try runToSorting(after: ["Too many meetings", "No time to think", "Getting about town"])
        try enter(":theme Getting about: i3", on: terminal, thenPrompt: sortPrompt)
        try enter(":theme Getting: i1", on: terminal, thenPrompt: sortPrompt)
        let typed = ":move i2 i1 i3 i2 i1 i3 i2 i1 i3 i2 i1 i3 i2 i1 i3 i2 i1 i3 i2 i1 i3 to "
        terminal.type(typed + Key.tab + Key.tab)
        try terminal.waitFor("t1  Getting about\nt2  Getting\n" + sortPrompt + " " + typed.prefix(80 - sortPrompt.count - 1))
    }

    @Test func controlDUpAndAFailedSearchsReturnEndTheSearchWithoutPausingOrSaving() throws {
        let (terminal, _) = try newRun()
        try enter("A quiet room for focus", on: terminal, thenPrompt: gatherPrompt)
        try enter("Stop the Monday meeting", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(Key.controlR + Key.controlD)
        try terminal.waitForCursorLine(gatherPrompt)
        try enter("Still here", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(Key.controlR + "quiet" + Key.up)
        try terminal.waitForCursorLine(gatherPrompt + " A quiet room for focus")
        terminal.type("\u{15}" + Key.controlR + "quietly" + Key.enter)
        try terminal.waitForCursorLine(gatherPrompt + " A quiet room for focus")
        terminal.type(" again" + Key.enter)
        try terminal.waitFor("saved i4: A quiet room for focus again")
        #expect(!terminal.screen.text.contains("Paused"))
        #expect(!terminal.screen.text.contains("saved i4: A quiet room for focus\n"), "a failed search's Return saves nothing")
    }

    @Test func tabCompletesAThemeName() throws {
        let terminal = try runToSorting(after: ["Too many meetings", "No time to think"])
        try enter(":theme Workload: i1", on: terminal, thenPrompt: sortPrompt)
        terminal.type(":move i2 to Wo" + Key.tab)
        try terminal.waitForCursorLine(sortPrompt + " :move i2 to Workload")
        terminal.type(Key.enter)
        try terminal.waitFor("saved t1: Workload (2 items)")
        try terminal.waitForCursorLine(sortPrompt)
        terminal.type(":go" + Key.tab)
        try terminal.waitForCursorLine(sortPrompt + " :goto")
        terminal.type("pl" + Key.tab)
        try terminal.waitForCursorLine(sortPrompt + " :goto placing")
    }

    @Test func tabCompletesAThemeNameOfSeveralWords() throws {
        let terminal = try runToSorting(after: ["Buses stop at six", "No one answers the phone"])
        try enter("Getting around: i1", on: terminal, thenPrompt: sortPrompt)
        try enter("Getting through to anyone", on: terminal, thenPrompt: sortPrompt)
        terminal.type(":move i2 to Get" + Key.tab)
        try terminal.waitForCursorLine(sortPrompt + " :move i2 to Getting")
        terminal.type("th" + Key.tab)
        try terminal.waitForCursorLine(sortPrompt + " :move i2 to Getting through to anyone")
        terminal.type(Key.enter)
        try terminal.waitFor("saved t2: Getting through to anyone (1 item)")
    }

    @Test func controlDPausesAndResumeContinuesWithTheSessionHistory() throws {
        let (terminal, session) = try newRun()
        try enter("An idea before the break", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(Key.controlD)
        try terminal.waitFor("Paused. Everything typed is saved")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isInLineMode, "the terminal is given back echoing, as it was found")
        // Folded at a space to the 80 columns, the folder's path whole on a line of its own.
        #expect(terminal.screen.text.contains("continue with: convene resume\n\(session.path)"))

        let home = try ConveneBinary.temporaryFolder()
        let resumed = try PseudoTerminal(
            executable: ConveneBinary.path(), arguments: ["resume", session.path],
            environment: ConveneBinary.environment(home: home))
        try resumed.waitUntil("the gather prompt") { $0.cursorLine.hasPrefix("[1/3 gather › ideas · ") }
        resumed.type(Key.up)
        try resumed.waitUntil("the line typed before the pause") { $0.cursorLine.hasSuffix("> An idea before the break") }
        resumed.type("\u{15}:list" + Key.enter)
        try resumed.waitFor("i1 An idea before the break")
    }

    @Test func theUsersHistoryKeepsCommandsAndTheSessionKeepsEverything() throws {
        let (terminal, session) = try newRun()
        try enter("A private worry", on: terminal, thenPrompt: gatherPrompt)
        try enter(":edit i1 A worry Zoë shared", on: terminal, thenPrompt: gatherPrompt)
        try enter(":list", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(Key.controlD)
        #expect(try terminal.waitForExit() == 0)
        let home = session.deletingLastPathComponent()
        let user = try String(contentsOf: home.appendingPathComponent(".convene_history"), encoding: .utf8)
        #expect(user == ":list\n")
        let own = try String(contentsOf: session.appendingPathComponent("input-history.txt"), encoding: .utf8)
        #expect(own == "A private worry\n:edit i1 A worry Zoë shared\n:list\n")
    }

    @Test func pausingWithACommandGivesTheTerminalBackAndKeepsTheLastLine() throws {
        let (terminal, session) = try newRun()
        try enter("An idea before the break", on: terminal, thenPrompt: gatherPrompt)
        try enter(":list", on: terminal, thenPrompt: gatherPrompt)
        terminal.type(":pause" + Key.enter)
        try terminal.waitFor("Paused. Everything typed is saved")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isInLineMode, "the terminal is given back echoing, as it was found")
        let own = try String(contentsOf: session.appendingPathComponent("input-history.txt"), encoding: .utf8)
        #expect(own == "An idea before the break\n:list\n:pause\n")
        let user = try String(contentsOf: session.deletingLastPathComponent().appendingPathComponent(".convene_history"), encoding: .utf8)
        #expect(user == ":list\n", "a new session's Up arrow does not offer to stop it")
    }

    /// Places and nudges two ideas, then draws the grid.
    /// At 60 columns the prompt leaves out the step's name, to leave room to type.
    private func placeTwoIdeas(on terminal: PseudoTerminal, narrow: Bool = false) throws {
        try enter("Café for everyone ☕", on: terminal, thenPrompt: gatherPrompt)
        try enter("Stop the Monday meeting", on: terminal, thenPrompt: gatherPrompt)
        let placing = narrow ? "[3/3 placing · 15m left] >" : "[3/3 placing › effort-impact · 15m left] >"
        try enter(":goto placing", on: terminal, thenPrompt: placing)
        try enter("i1 2 4", on: terminal, thenPrompt: placing)
        try enter("i2 4 1", on: terminal, thenPrompt: placing)
        try enter("i1 higher", on: terminal, thenPrompt: placing)
        try enter(":left i2 2", on: terminal, thenPrompt: placing)
        try enter("i2 up", on: terminal, thenPrompt: placing)
        try enter(":grid", on: terminal, thenPrompt: placing)
    }

    @Test func theGridIsDrawnAfterNudges() throws {
        let (terminal, _) = try newRun()
        try placeTwoIdeas(on: terminal)
        let screen = terminal.screen.text
        #expect(screen.contains("""
            Effort and impact (`effort-impact`) shows “Impact” up the side and “Effort”
            along the bottom.
                    | Quick wins                                Big bets
              Big 5 | ·             i1            ·             ·             ·
                  4 | ·             ·             ·             ·             ·
                  3 | ·             ·             ·             ·             ·
                  2 | ·             i2            ·             ·             ·
            Small 1 | ·             ·             ·             ·             ·
                    | Fill-ins                                  Money pits
                    +----------------------------------------------------------------------
                      1             2             3             4             5
                      Easy                                                             Hard
              i1  2,5  Quick wins  Café for everyone ☕
              i2  2,2  Fill-ins    Stop the Monday meeting
            """))
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func theGridIsDrawnToANarrowTerminalsWidth() throws {
        let (terminal, _) = try newRun(columns: 60)
        try placeTwoIdeas(on: terminal, narrow: true)
        let screen = terminal.screen.text
        #expect(screen.contains("""
            Effort and impact (`effort-impact`) shows “Impact” up the
            side and “Effort” along the bottom.
                    | Quick wins                    Big bets
              Big 5 | ·         i1        ·         ·         ·
                  4 | ·         ·         ·         ·         ·
                  3 | ·         ·         ·         ·         ·
                  2 | ·         i2        ·         ·         ·
            Small 1 | ·         ·         ·         ·         ·
                    | Fill-ins                      Money pits
                    +--------------------------------------------------
                      1         2         3         4         5
                      Easy                                         Hard
              i1  2,5  Quick wins  Café for everyone ☕
              i2  2,2  Fill-ins    Stop the Monday meeting
            """))
    }

    @Test func runningOutOfTimeIsAnnouncedOnceWithoutLosingWhatIsTyped() throws {
        let (terminal, _) = try newRun("quick.convene", firstPrompt: "[1/2 sprint › ideas · 1m left] >")
        terminal.type("still typing")
        try terminal.waitFor("⏰ Time is up for stage `sprint`: its 2s timebox has run out. :next moves on.", seconds: 10)
        try terminal.waitUntil("the half-typed line under the notice") {
            $0.cursorLine == "[1/2 sprint › ideas · time is up] > still typing"
        }
        terminal.type(" and done" + Key.enter)
        try terminal.waitFor("saved i1: still typing and done")
        try terminal.waitForCursorLine("[1/2 sprint › ideas · time is up] >")
        #expect(terminal.screen.text.components(separatedBy: "⏰ Time is up").count == 2)
    }
}
