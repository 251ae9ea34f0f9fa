import ConveneSession
import Foundation
import Testing

/// `convene run`, `resume` and `export` as a facilitator's shell sees them.
@Suite struct CommandLineTests {
    /// Runs the binary to completion with `input` on standard input, with
    /// the binary's folder first on `PATH` (as a person who installed it
    /// has it) unless `path` says otherwise.
    static func convene(
        _ arguments: [String], input: String = "", path: String? = nil
    ) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CrashRecoveryTests.binary)
        process.arguments = arguments
        process.environment = CrashRecoveryTests.environment(path: path)
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    static func script(in folder: String) throws -> String {
        let path = folder + "/crash.convene"
        try CrashRecoveryTests.script.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func exportRewritesTheOutputsFromTheJournal() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        let run = try Self.convene(["run", script, "--out", folder, "--seed", "1"], input: "a: one\nb: two, \"quoted\"\n:quit\n")
        #expect(run.status == 0)
        #expect(run.output.contains("saved i2: [b] two, \"quoted\""))
        let items = TestSupport.read(folder + "/items.csv")
        let report = TestSupport.read(folder + "/report.md")
        try FileManager.default.removeItem(atPath: folder + "/items.csv")
        try FileManager.default.removeItem(atPath: folder + "/report.md")

        let export = try Self.convene(["export", folder])
        #expect(export.status == 0)
        #expect(export.output.hasPrefix("Wrote transcript.md, report.md, items.csv"))
        #expect(TestSupport.read(folder + "/items.csv") == items)
        #expect(TestSupport.read(folder + "/report.md") == report)
    }

    @Test func aPauseNamesTheProgramAsItWasStartedWhenTheShellWouldNotFindIt() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        let run = try Self.convene(["run", script, "--out", folder], input: "a: one\n", path: "/usr/bin:/bin")
        #expect(run.output.hasSuffix("continue with: \(CrashRecoveryTests.binary) resume \(folder)\n"))
        let again = try Self.convene(["run", script, "--out", folder], path: "/usr/bin:/bin")
        #expect(again.errors.contains("help: continue it with `\(CrashRecoveryTests.binary) resume \(folder)`"))
    }

    @Test func inputEndingPausesTheSessionAndResumeContinuesIt() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        let run = try Self.convene(["run", script, "--out", folder], input: "a: one\n:next\n")
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("Input ended. Everything typed is saved; continue with: convene resume \(folder)\n"))
        let resume = try Self.convene(["resume", folder], input: "b: three\n:next\n:next\n")
        #expect(resume.status == 0)
        #expect(resume.output.contains("? What comes second?\n"))
        #expect(resume.output.contains("saved i2: [b] three\n"))
        #expect(resume.output.hasSuffix("The workshop is complete. Everything is in \(folder).\n"))
    }

    @Test(arguments: [(SIGTERM, "stopped by SIGTERM"), (SIGHUP, "terminal hung up, SIGHUP")])
    func aSignalToEndPausesTheSessionAndWritesTheOutputs(signal: Int32, reason: String) throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        var running = try RunningConvene(arguments: ["run", script, "--out", folder, "--seed", "1"])
        try running.send(["a: one"])
        _ = try running.waitFor { $0.hasPrefix("saved i1") }
        kill(running.process.processIdentifier, signal)
        running.process.waitUntilExit()
        _ = try running.waitFor { _ in false }
        #expect(running.process.terminationStatus == 128 + signal)
        #expect(running.lines.suffix(2) == [
            "Wrote transcript.md, report.md, items.csv, themes.csv, votes.csv, grid.csv, actions.csv, session.json.",
            "Paused (\(reason)). Everything typed is saved; continue with: convene resume \(folder)",
        ])
        let (journal, _) = try Session.readJournal(folder: folder)
        #expect(journal.records.last?.event == .paused(reason: reason))
        #expect(TestSupport.read(folder + "/items.csv").contains("i1,one,a,"))
        #expect(TestSupport.read(folder + "/transcript.md").contains("paused (\(reason))"))
        let resumed = try Self.convene(["resume", folder], input: ":list\n")
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("\n  i1 [a] one\n"))
    }

    @Test func resumeDoesNotRepeatTheWarningsShownWhenTheSessionRan() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        let warning = "\(script):7:10: warning: collection `first` is never used [CV0900]"
        let run = try Self.convene(["run", script, "--out", folder], input: "a: one\n")
        #expect(run.errors.hasPrefix(warning))
        for command in ["resume", "export"] {
            let again = try Self.convene([command, folder], input: ":quit\n")
            #expect(again.status == 0)
            #expect(again.errors == "", "\(command) repeats the warnings")
        }
        try (CrashRecoveryTests.script + "\n# edited\n").write(toFile: script, atomically: true, encoding: .utf8)
        let edited = try Self.convene(["resume", folder], input: ":quit\n")
        #expect(edited.errors.hasPrefix(warning), "an edited script's warnings are new")
        #expect(try Self.convene(["resume", folder], input: ":quit\n").errors == "")
    }

    @Test func aScriptThatMovedIsAskedForByName() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let folder = work + "/session"
        #expect(try Self.convene(["run", script, "--out", folder], input: "a: one\n").status == 0)
        let moved = work + "/moved.convene"
        try FileManager.default.moveItem(atPath: script, toPath: moved)
        for command in ["resume", "export"] {
            let refused = try Self.convene([command, folder])
            #expect(refused.status == 1)
            #expect(refused.errors == """
                error: the session's script \(script) is not there any more (moved, renamed or deleted?)
                help: say where it is now: `convene \(command) \(folder) --script PATH`

                """)
        }
        let resumed = try Self.convene(["resume", folder, "--script", moved], input: ":list\n")
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("\n  i1 [a] one\n"))
    }

    @Test func aFolderThatHoldsSomethingElseIsNotUsedForASession() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let other = work + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "my own notes\n".write(toFile: other + "/report.md", atomically: true, encoding: .utf8)
        let refused = try Self.convene(["run", script, "--out", other], input: "a: one\n")
        #expect(refused.status == 1)
        #expect(refused.errors.hasSuffix("""
            error: \(other) is not empty (it holds report.md) and is not a Convene session; \
            the session's outputs (report.md, items.csv …) would overwrite files there
            help: choose a new or empty folder with `--out DIR`

            """))
        #expect(TestSupport.read(other + "/report.md") == "my own notes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["report.md"])

        let empty = work + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try Self.convene(["run", script, "--out", empty], input: "a: one\n").status == 0)
        let again = try Self.convene(["run", script, "--out", empty], input: "a: one\n")
        #expect(again.status == 1)
        #expect(again.errors.hasSuffix("error: \(empty) already holds a session\nhelp: continue it with `convene resume \(empty)`, or choose another folder with `--out DIR`\n"))
    }

    @Test func mistakesOnTheCommandLineAreExplained() throws {
        let work = TestSupport.temporaryFolder()
        let script = try Self.script(in: work)
        let badParameter = try Self.convene(["run", script, "--out", work + "/s", "--param", "focus=x"])
        #expect(badParameter.status == 1)
        #expect(badParameter.errors.hasSuffix("error: the workshop has no parameter `focus`\nhelp: this workshop takes no parameters\n"))
        let example = TestSupport.packageRoot + "/Examples/working-together-for-change.convene"
        let noVoters = try Self.convene(["run", example, "--out", work + "/w", "--param", "in-room=0"])
        #expect(noVoters.status == 1)
        #expect(noVoters.errors.hasSuffix("""
            error: --param in-room=0: in-room must be at least 1, as it is the number of people voting in vote `top-not-working` \
            (\(example):120:12)
            help: give a whole number of 1 or more, such as the default: --param in-room=30

            """))
        #expect(!FileManager.default.fileExists(atPath: work + "/w"), "a run that cannot start makes no session folder")
        let missing = try Self.convene(["resume", work + "/nowhere"])
        #expect(missing.status == 1)
        #expect(missing.errors == """
            error: \(work)/nowhere holds no session (there is no journal.jsonl)
            help: name the folder a session was started in (`--out DIR`, or one under sessions/)

            """)
        let unreadable = try Self.convene(["run", work + "/nope.convene"])
        #expect(unreadable.status == 1)
        #expect(unreadable.errors == """
            \(work)/nope.convene: error: cannot read `\(work)/nope.convene`: there is no such file [CV0700]
            help: check the path and that the file is readable

            """, "no second line telling the designer to fix errors in a file that is not there")
    }

    static let listening = """
        workshop "Listening day" {
          param focus = "respite" "What the day is about"
          param voters: number = 12
        }

        stage welcome "Welcome" for 20m {
          say "Today we talk about {focus}."
          prompt ideas "What would help with {focus}?"
          vote best on ideas {
            method dots
            dots 3
            voters voters
          }
          for idea in best.kept {
            say "Next: {idea.text}"
          }
        }
        """

    /// The agenda of `listening` as `plan` prints it, with the parameters section and stage in between.
    static func listeningAgenda(parameters: String, welcome: String, voters: Int) -> String {
        """
        # Listening day

        - **Total time:** 20m

        ## Parameters

        \(parameters)

        ## Agenda

        ### 09:30–09:50 Welcome (`welcome`) — 20m

        - Say: “Today we talk about \(welcome).”
        - Ask: “What would help with \(welcome)?” → collects `ideas`
        - Dot vote on `ideas`: 3 dots each, \(voters) voters; the result is `best`
        - For each `idea` in `best.kept`:
          - Say: “Next: {idea.text}”

        **Finish: 09:50** — stages 20m, 20m in all.

        """
    }

    @Test func planWritesInTheParametersSetAndShowsTheOthersByName() throws {
        let script = TestSupport.temporaryFolder() + "/listening.convene"
        try Self.listening.write(toFile: script, atomically: true, encoding: .utf8)
        let asWritten = try Self.convene(["plan", script])
        #expect(asWritten.status == 0)
        #expect(asWritten.errors == "")
        #expect(asWritten.output == Self.listeningAgenda(parameters: """
            - `focus` (text, default `"respite"`): What the day is about
            - `voters` (number, default `12`)
            """, welcome: "{focus}", voters: 12))
        let given = try Self.convene(["plan", script, "--param", "focus=carers' strategy", "--param", "voters=20"])
        #expect(given.status == 0)
        #expect(given.errors == "")
        #expect(given.output == Self.listeningAgenda(parameters: """
            - `focus` (text, set to `"carers' strategy"`; default `"respite"`): What the day is about
            - `voters` (number, set to `20`; default `12`)
            """, welcome: "carers' strategy", voters: 20))
    }

    @Test func planRefusesParametersARunWouldRefuseWithTheSameMessages() throws {
        let script = TestSupport.temporaryFolder() + "/listening.convene"
        try Self.listening.write(toFile: script, atomically: true, encoding: .utf8)
        let refusals = [
            ("focs=x", "error: the workshop has no parameter `focs`\nhelp: did you mean `focus`?\n"),
            ("voters=many", "error: parameter `voters` is a number; `many` is not one\nhelp: for example `--param voters=12`\n"),
            ("voters", "error: `--param voters` should be name=value, e.g. `--param focus=carers`\n"),
            ("voters=0", """
                error: --param voters=0: voters must be at least 1, as it is the number of people voting in vote `best` (\(script):12:12)
                help: give a whole number of 1 or more, such as the default: --param voters=12

                """),
        ]
        for (setting, message) in refusals {
            let plan = try Self.convene(["plan", script, "--param", setting])
            #expect(plan.status == 1, "\(setting)")
            #expect(plan.output == "", "\(setting)")
            #expect(plan.errors == message)
            let run = try Self.convene(["run", script, "--param", setting, "--out", TestSupport.temporaryFolder() + "/s"])
            #expect(run.errors == message, "`run` refuses \(setting) in the same words")
        }
    }

    @Test func checkSaysHowManyProblemsItFoundAndInWhichScript() throws {
        let work = TestSupport.temporaryFolder()
        let broken = work + "/broken.convene"
        try CrashRecoveryTests.script.replacingOccurrences(of: "for 10m", with: "for 10").write(toFile: broken, atomically: true, encoding: .utf8)
        let checked = try Self.convene(["check", broken])
        #expect(checked.status == 1)
        #expect(checked.errors.hasSuffix("\n2 errors and 2 warnings in \(broken).\n"))
        let good = try Self.convene(["check", try Self.script(in: work)])
        #expect(good.status == 0)
        #expect(good.output == "", "a pipe is told nothing when nothing is wrong")
        #expect(good.errors.hasSuffix("2 warnings in \(work)/crash.convene.\n"))
        let two = try Self.convene(["check", broken, TestSupport.packageRoot + "/Examples/retrospective.convene"])
        #expect(two.errors.hasSuffix("\n2 errors and 2 warnings in 1 of 2 scripts.\n"))
        let run = try Self.convene(["run", broken, "--out", work + "/s"])
        #expect(run.errors.hasSuffix("error: \(broken) has 2 errors; fix them and try again (`convene check \(broken)`)\n"))
    }
}
