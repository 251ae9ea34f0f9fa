import Foundation
import Testing

/// `convene repl` in a real pseudo-terminal: what a designer sees while
/// editing, recalling and completing lines.
@Suite struct LanguageReplTerminalTests {
    private let prompt = "convene>"

    private func startRepl(home: URL, arguments: [String] = []) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: ConveneBinary.path(), arguments: ["repl"] + arguments,
            environment: ConveneBinary.environment(home: home))
        // Keys sent before libedit puts the terminal in raw mode would be
        // echoed by the kernel: wait for the first prompt.
        try terminal.waitForCursorLine(prompt)
        return terminal
    }

    @Test func theUpArrowRecallsTheLastLine() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type(":defs" + Key.enter)
        try terminal.waitFor("Nothing is defined yet.")
        try terminal.waitForCursorLine(prompt)
        terminal.type(Key.up)
        try terminal.waitForCursorLine("convene> :defs")
        terminal.type(Key.enter)
        try terminal.waitUntil("a second answer") { $0.text.components(separatedBy: "Nothing is defined yet.").count == 3 }
    }

    @Test func historyIsKeptAcrossRunsInTheHomeFolder() throws {
        let home = try ConveneBinary.temporaryFolder()
        let first = try startRepl(home: home)
        first.type(":help check" + Key.enter)
        try first.waitFor("Check everything defined so far")
        try first.waitForCursorLine(prompt)
        first.type(Key.controlD)
        #expect(try first.waitForExit() == 0)
        #expect(first.isInLineMode, "the terminal is given back echoing, as it was found")
        let saved = try String(contentsOf: home.appendingPathComponent(".convene_repl_history"), encoding: .utf8)
        #expect(saved == ":help check\n")

        let second = try startRepl(home: home)
        second.type(Key.up)
        try second.waitForCursorLine("convene> :help check")
    }

    @Test func controlRSearchesBackThroughHistory() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        for line in [":help load", ":defs", ":help quit"] {
            terminal.type(line + Key.enter)
            try terminal.waitForCursorLine(prompt)
        }
        terminal.type(Key.controlR + "lo")
        try terminal.waitFor(":help load")
        terminal.type(Key.enter)
        try terminal.waitUntil("the found line to run") { $0.text.components(separatedBy: "Start over from a script file.").count == 3 }
    }

    @Test func tabCompletesCommandsAndListsChoices() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type(":he" + Key.tab)
        try terminal.waitForCursorLine("convene> :help")
        terminal.type("pl" + Key.tab)
        try terminal.waitForCursorLine("convene> :help plan")
        terminal.type(Key.enter)
        try terminal.waitFor("Show the agenda of what is defined")
        try terminal.waitForCursorLine(prompt)
        terminal.type(":" + Key.tab)
        let screen = try terminal.waitUntil("the commands listed under the line") {
            $0.text.contains(":reset") && $0.cursorLine == "convene> :"
        }
        #expect(screen.text.contains("convene> :\n:ast    :check  :defs   :help   :load   :plan   :quit   :reset  :run    :save\nconvene> :"))
    }

    @Test func controlCDropsTheHalfTypedBlockAndKeepsGoing() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type("stage gather \"Gather\" for 10m {" + Key.enter)
        try terminal.waitForCursorLine("   ...>")
        terminal.type("say \"half")
        try terminal.waitForCursorLine("   ...> say \"half")
        terminal.type(Key.controlC)
        try terminal.waitForCursorLine(prompt)
        #expect(terminal.screen.text.contains("say \"half^C"))
        terminal.type(":defs" + Key.enter)
        try terminal.waitFor("Nothing is defined yet.")
    }

    @Test func controlDInsideABlockDropsItAndStays() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type("stage gather \"Gather\" for 10m {" + Key.enter)
        try terminal.waitForCursorLine("   ...>")
        terminal.type(Key.controlD)
        try terminal.waitFor("Dropped the unfinished block; Ctrl-D at an empty prompt leaves.")
        try terminal.waitForCursorLine(prompt)
        terminal.type(":defs" + Key.enter)
        try terminal.waitFor("Nothing is defined yet.")
    }

    @Test func controlDAtAnEmptyPromptLeaves() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type(Key.controlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func accentedTextIsEditedByCharacterWithoutALocale() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type("stage cafe \"Cafe ☕ talk\" for 5m {}")
        try terminal.waitForCursorLine("convene> stage cafe \"Cafe ☕ talk\" for 5m {}")
        // Back over ` ☕ talk" for 5m {}`: 18 characters, one key each, the
        // emoji included; then fix the e.
        terminal.type(String(repeating: Key.left, count: 18) + Key.backspace + "é")
        try terminal.waitForCursorLine("convene> stage cafe \"Café ☕ talk\" for 5m {}")
        terminal.type(Key.enter + ":defs" + Key.enter)
        try terminal.waitFor("stage cafe “Café ☕ talk” for 5m")
    }

    @Test func anArrowKeyEndsAHistorySearchWithoutTypingItsEscapeText() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        for line in [":help load", ":defs"] {
            terminal.type(line + Key.enter)
            try terminal.waitForCursorLine(prompt)
        }
        terminal.type(Key.controlR + "lo")
        try terminal.waitFor(":help load")
        terminal.type(Key.right + Key.controlE + "X")
        try terminal.waitForCursorLine("convene> :help loadX")
        #expect(!terminal.screen.text.contains("[C"))
    }

    @Test func keysWithoutAnEditingMeaningTypeNothing() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        terminal.type("\"ab" + "\u{1B}[15~" + "\u{1B}[2~" + "\u{1B}OP" + "c\"")
        try terminal.waitForCursorLine("convene> \"abc\"")
        terminal.type(Key.enter)
        try terminal.waitFor("\"abc\"\nconvene>")
    }

    @Test func backspaceAndArrowsActOnWholeCharacters() throws {
        let terminal = try startRepl(home: try ConveneBinary.temporaryFolder())
        // A combining accent, a family (joined by zero-width joiners) and a
        // flag: each one character of several code points.
        terminal.type("\"cafe\u{301}|👩‍👩‍👧|🇫🇷!\"")
        try terminal.waitForCursorLine(prompt)
        terminal.type(Key.left + Key.left + Key.backspace + Key.left + Key.backspace
            + Key.left + Key.backspace + Key.enter)
        try terminal.waitFor("\"caf||!\"\nconvene>")
    }

    @Test func aRehearsalTakesOverThePromptUntilControlD() throws {
        let home = try ConveneBinary.temporaryFolder()
        let terminal = try startRepl(home: home)
        terminal.type("stage gather \"Gather\" for 10m { prompt ideas \"What could we do?\" }" + Key.enter)
        try terminal.waitFor("Defined stage `gather`.")
        try terminal.waitForCursorLine(prompt)
        terminal.type(":run ga" + Key.tab)
        try terminal.waitForCursorLine("convene> :run gather")
        terminal.type(Key.enter)
        try terminal.waitForCursorLine("[1/1 gather › ideas · 10m left] >")
        terminal.type("Café ☕" + Key.enter)
        try terminal.waitFor("saved i1: Café ☕")
        try terminal.waitForCursorLine("[1/1 gather › ideas · 10m left] >")
        terminal.type(Key.controlD)
        try terminal.waitFor("End of the rehearsal of stage `gather`.")
        try terminal.waitForCursorLine(prompt)
        terminal.type(Key.controlD)
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOf: home.appendingPathComponent(".convene_repl_history"), encoding: .utf8)
        #expect(history.contains(":run gather"))
        #expect(!history.contains("Café"), "practice answers are not kept as history")
    }

    @Test func answersFoldAtSpacesToTheTerminalWidthButQuotedSourceDoesNot() throws {
        let terminal = try PseudoTerminal(
            executable: ConveneBinary.path(), arguments: ["repl"],
            environment: ConveneBinary.environment(home: try ConveneBinary.temporaryFolder()), rows: 60, columns: 60)
        try terminal.waitForCursorLine(prompt)
        for (line, answer) in [
            ("let focus = \"what carers of people with dementia get from the council\"", "focus = "),
            ("stage talk \"Talk\" for 10m { say \"Tell us what would make {focus} better.\" }", "Defined stage"),
            (":check", "1 error, 0 warnings."), ("workshop \"W\" { duration 1h }", "Defined the workshop"),
            (":plan", "**Finish: 09:40**"), (":run talk", "(:next to go on)"),
        ] {
            terminal.type(line + Key.enter)
            try terminal.waitFor(answer)
        }
        let screen = terminal.screen
        // A value, a diagnostic's prose, the agenda and the rehearsal fold
        // under their own text; the quoted source is cut by the terminal
        // alone, at the 60th column, so its caret stays under `talk`.
        for folded in [
            "focus = \"what carers of people with dementia get from the\ncouncil\"\n",
            "<repl: stage talk>:1:7: error: this script has stages but no\nworkshop [CV0300]\n"
                + " 1 | stage talk \"Talk\" for 10m { say \"Tell us what would mak\ne {focus} better.\" }\n"
                + "   |       ^~~~\n"
                + "note: a file without stages is a library: its activities,\ngrids and `let`s can be imported\n"
                + "help: add a workshop block before the first stage: `workshop\n\"Title\" { duration 1h }`\n",
            "- Say: “Tell us what would make what carers of people with\n  dementia get from the council better.”\n",
            "Rehearsing stage `talk`: type as the facilitator would;\n:stop (or Ctrl-D) ends the rehearsal.\n",
            "> Tell us what would make what carers of people with\n  dementia get from the council better.\n",
        ] {
            #expect(screen.text.contains(folded), "\(screen.text)")
        }
    }

    @Test func aDumbTerminalGetsPromptsWithoutLineEditing() throws {
        var environment = ConveneBinary.environment(home: try ConveneBinary.temporaryFolder())
        environment["TERM"] = "dumb"
        let terminal = try PseudoTerminal(executable: ConveneBinary.path(), arguments: ["repl"], environment: environment)
        try terminal.waitForCursorLine(prompt)
        terminal.type("1 + 2" + Key.enter)
        try terminal.waitFor("convene> 1 + 2\n3\nconvene>")
        #expect(!terminal.transcript.contains(0x1B), "no escape sequences on a dumb terminal")
    }
}
