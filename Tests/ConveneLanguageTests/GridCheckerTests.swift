import Testing
@testable import ConveneLanguage

@Suite("Checker: grids")
struct GridCheckerTests {
    private let axes = """
          axis x effort "Effort" from low "Easy" to high "Hard"
          axis y impact "Impact" from low "Small" to high "Big"
        """

    @Test func missingAxis() throws {
        let program = checkScript("""
            grid investment "Investment" {
              axis x effort "Effort" from low "Easy" to high "Hard"
            }
            """)
        #expect(summary(program) == ["1:6 CV0600 grid `investment` has no y axis"])
        #expect(program.grids.isEmpty)
    }

    @Test func twoAxesOneWay() throws {
        let program = checkScript("""
            grid investment {
              axis x effort from low to high
              axis x impact from low to high
            }
            """)
        #expect(summary(program) == [
            "1:6 CV0600 grid `investment` has no y axis",
            "3:8 CV0600 grid `investment` has two x axes",
        ])
        #expect(program.diagnostics.first { $0.message.contains("two") }?.help == "make one of them `axis y`")
    }

    @Test func scale() {
        let program = checkScript("""
            grid a { axis x e from lo to hi  axis y i from lo to hi  scale 1 }
            grid b { axis x e from lo to hi  axis y i from lo to hi  scale 2.5 }
            grid c { axis x e from lo to hi  axis y i from lo to hi  scale "big" }
            """)
        #expect(summary(program) == [
            "1:64 CV0604 the scale of grid `a` must be a whole number of at least 2, but it is 1",
            "2:64 CV0604 the scale of grid `b` must be a whole number of at least 2, but it is 2.5",
            "3:64 CV0604 the scale of grid `c` must be a number, but it is text",
        ])
    }

    @Test func quadrantEndThatDoesNotExist() throws {
        let program = checkScript("""
            grid investment {
            \(axes)
              quadrant quick-wins "Quick wins" where effort is low and impact is hgh
            }
            """)
        #expect(summary(program) == ["4:70 CV0601 axis `impact` has no end `hgh`"])
        let diagnostic = try #require(program.diagnostics.first)
        #expect(diagnostic.help == "did you mean `high`?")
        #expect(diagnostic.notes == ["its ends are `low` and `high`"])
    }

    @Test func malformedQuadrants() {
        let program = checkScript("""
            grid investment {
            \(axes)
              quadrant a where effort is low
              quadrant b where effort is low and effort is high
              quadrant c where efort is low and impact is low
            }
            """)
        #expect(summary(program) == [
            "4:12 CV0602 quadrant `a` does not say where it lies on `impact`",
            "5:12 CV0602 quadrant `b` does not say where it lies on `impact`",
            "5:38 CV0602 quadrant `b` names `effort` twice",
            "6:20 CV0602 this grid has no axis `efort`",
        ])
    }

    @Test func twoQuadrantsOnOneCorner() throws {
        let program = checkScript("""
            grid investment {
            \(axes)
              quadrant quick-wins where effort is low and impact is high
              quadrant easy-wins where impact is high and effort is low
            }
            """)
        #expect(summary(program) == [
            "5:12 CV0603 quadrants `quick-wins` and `easy-wins` are both where effort is low and impact is high",
        ])
        #expect(program.diagnostics.first?.notes == ["`quick-wins` is at line 4"])
    }

    @Test func quadrantsAreResolvedToCorners() throws {
        let program = checkScript("""
            grid investment "Investment grid" {
            \(axes)
              scale 7
              quadrant quick-wins "Quick wins" where effort is low and impact is high
              quadrant money-pits where impact is low and effort is high
            }
            """)
        #expect(summary(program) == [])
        let grid = try #require(program.grids["investment"])
        #expect(grid.title == "Investment grid")
        #expect(grid.scale == 7)
        #expect(grid.x == AxisInfo(name: "effort", label: "Effort", lowName: "low", lowLabel: "Easy", highName: "high", highLabel: "Hard"))
        #expect(grid.y.name == "impact")
        #expect(grid.quadrants == [
            QuadrantInfo(name: "quick-wins", label: "Quick wins", xHigh: false, yHigh: true),
            QuadrantInfo(name: "money-pits", label: "money-pits", xHigh: true, yHigh: false),
        ])
    }
}
