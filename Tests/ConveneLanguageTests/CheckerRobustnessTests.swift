import Testing
@testable import ConveneLanguage

/// Untrusted scripts must not crash the checker, however they are shaped.
@Suite("Checker: robustness")
struct CheckerRobustnessTests {
    @Test func aLongChainOfActivitiesIsCheckedWithoutDeepNesting() {
        let count = 5_000
        var script = "workshop \"Chain\" { duration 1h }\n"
        for index in 0..<count - 1 { script += "activity a\(index)() { return a\(index + 1)() }\n" }
        script += "activity a\(count - 1)() { prompt answers \"Last?\"\n return answers }\n"
        script += "stage go \"Go\" for 10m { say \"{a0().count}\" }\n"
        let program = checkScript(script)
        #expect(summary(program) == [])
        #expect(program.activities.count == count)
    }

    @Test func aLongCycleOfActivitiesIsReportedOnce() {
        let count = 5_000
        var script = ""
        for index in 0..<count { script += "activity a\(index)() { a\((index + 1) % count)() }\n" }
        let program = checkScript(script)
        #expect(program.diagnostics.map(\.code) == [.recursiveActivity])
        #expect(program.diagnostics.first?.message.hasPrefix("activity `a0` calls itself through `a1`, `a2`") == true)
    }

    @Test func aLongChainOfImportsIsFollowedWithoutDeepNesting() {
        let count = 2_000
        var files: [String: String] = [:]
        for index in 0..<count {
            let next = index + 1 < count ? "import \"lib\(index + 1).convene\"\n" : ""
            files["lib\(index).convene"] = next + "let value\(index) = \(index)\n"
        }
        let program = checkScript("import \"lib0.convene\"\nlet total = value0 + value\(count - 1)\n", files: files)
        #expect(summary(program) == [])
        #expect(program.imports.count == count)
        #expect(program.globals.first?.name.name == "value\(count - 1)")
    }

    @Test func namesCreatedLaterInAnActivity() {
        let program = checkScript("""
            activity tally(options) {
              say "{result.count} options"
              vote result on options { method approval }
              return result
            }
            """)
        #expect(summary(program) == ["2:9 CV0203 `result` is created later in activity `tally`, at line 3"])
    }

    @Test func durationsAreWrittenLargestUnitFirst() {
        #expect(formatDuration(seconds: 26_100) == "7h15m")
        #expect(formatDuration(seconds: 0) == "0m")
        #expect(formatDuration(seconds: 799_261) == "1w2d6h1m1s")
        #expect(formatDuration(seconds: -600) == "-10m")
    }
}
