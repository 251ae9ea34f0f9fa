import Testing
@testable import ConveneLanguage

@Suite("Checker: outputs and usage")
struct OutputCheckerTests {
    /// A workshop that collects `ideas` and clusters them, then these outputs.
    private func outputs(_ lines: String) -> CheckedProgram {
        checkScript("""
            workshop "Retro" { duration 1h }
            grid investment { axis x a from lo to hi  axis y b from lo to hi }
            stage gather "Gather" for 20m {
              prompt ideas "Ideas?"
              cluster ideas into themes
              place ideas on investment
              say "{themes.count} themes"
            }
            \(lines)
            """)
    }

    @Test func unknownFormat() throws {
        let program = outputs(#"output reprot to "report.md""#)
        #expect(summary(program) == ["9:8 CV0801 unknown output format `reprot`"])
        #expect(program.diagnostics.first?.help == "did you mean `report`?")
    }

    @Test func pathsStayInsideTheSessionFolder() throws {
        let program = outputs("""
            output report to ""
            output transcript to "/tmp/transcript.md"
            output csv ideas to "../ideas.csv"
            output json themes to "out/../../themes.json"
            output markdown to "."
            """)
        #expect(summary(program) == [
            "9:18 CV0800 an output path cannot be empty",
            "10:22 CV0800 `/tmp/transcript.md` is an absolute path, but output paths stay inside the session folder",
            "11:21 CV0800 `../ideas.csv` climbs out with `..`, but output paths stay inside the session folder",
            "12:23 CV0800 `out/../../themes.json` climbs out with `..`, but output paths stay inside the session folder",
            "13:20 CV0800 `.` names a folder, not a file",
        ])
        #expect(program.diagnostics.first?.help == "write a path inside the session folder, such as `report.md`")
    }

    @Test func samePathTwice() throws {
        let program = outputs("""
            output csv ideas to "out/ideas.csv"
            output csv themes to "out//./ideas.csv"
            """)
        #expect(summary(program) == ["10:22 CV0802 two outputs write `out/ideas.csv`"])
        #expect(program.diagnostics.first?.notes == ["the first is at line 9"])
    }

    @Test func subjects() {
        let program = outputs("""
            output csv to "a.csv"
            output svg ideas to "b.svg"
            output report themes to "c.md"
            output json 42 to "d.json"
            output svg investment to "grid.svg"
            output markdown themes to "themes.md"
            """)
        #expect(summary(program) == [
            "9:8 CV0803 the `csv` output needs to be told what to write",
            "10:12 CV0402 `ideas` is a collection of items, not a grid",
            "11:15 CV0803 the `report` output covers the whole workshop and takes no subject",
            "12:13 CV0401 this is a number, not a collection",
        ])
    }

    @Test func unusedCollectionsWarn() throws {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            stage gather "Gather" for 20m {
              prompt went-well "What went well?"
              prompt went-badly "What got in the way?"
              cluster went-badly into problems
              say "{problems.count} problems"
            }
            """)
        #expect(summary(program) == ["3:10 CV0900 collection `went-well` is never used"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(program.isRunnable)
    }

    @Test func everyKindOfUseCounts() {
        let program = checkScript("""
            workshop "Retro" { duration 1h }
            activity summarize(things) { say "{things.count}" }
            stage gather "Gather" for 20m {
              prompt a "A?"
              prompt b "B?"
              prompt c "C?"
              prompt d "D?"
              vote v on a { method dots }
              for item in b { say "{item}" }
              summarize(c)
              actions plan for v.kept
            }
            output json d to "d.json"
            output csv plan to "plan.csv"
            """)
        #expect(summary(program) == [])
    }
}
