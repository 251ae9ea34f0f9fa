import ConveneLanguage
@testable import ConveneSession
import ConveneText
import Testing

/// The grid `:grid` draws: within the width it is drawn at, however long
/// the labels and however crowded a cell, with the axes' ends whole.
@Suite struct GridTextTests {
    let grid = GridInfo(
        name: "investment", title: "Investment grid",
        x: AxisInfo(name: "effort", label: "Effort", lowName: "low", lowLabel: "Little effort at all", highName: "high", highLabel: "A very great deal of effort"),
        y: AxisInfo(name: "impact", label: "Impact", lowName: "low", lowLabel: "Hardly any difference", highName: "high", highLabel: "A big difference to people"),
        scale: 4,
        quadrants: [
            QuadrantInfo(name: "quick-wins", label: "Quick wins", xHigh: false, yHigh: true),
            QuadrantInfo(name: "big-bets", label: "Big bets that might change everything", xHigh: true, yHigh: true),
            QuadrantInfo(name: "fill-ins", label: "Fill-ins", xHigh: false, yHigh: false),
        ])

    /// The reference workshop's grid.
    let reference = GridInfo(
        name: "investment", title: "The investment grid",
        x: AxisInfo(name: "effort", label: "How much effort will it take?", lowName: "low", lowLabel: "Little effort", highName: "high", highLabel: "A lot of effort"),
        y: AxisInfo(name: "impact", label: "How much difference will it make?", lowName: "low", lowLabel: "A small difference", highName: "high", highLabel: "A big difference"),
        scale: 5,
        quadrants: [
            QuadrantInfo(name: "quick-wins", label: "Quick wins", xHigh: false, yHigh: true),
            QuadrantInfo(name: "major-projects", label: "Major projects", xHigh: true, yHigh: true),
            QuadrantInfo(name: "nice-to-haves", label: "Nice to haves", xHigh: false, yHigh: false),
            QuadrantInfo(name: "think-again", label: "Think again", xHigh: true, yHigh: false),
        ])

    let referenceMarks = [
        GridMark(id: "i69", at: Placement(x: 4, y: 5), label: "Guaranteed respite: book a year ahead, never cancelled"),
        GridMark(id: "i73", at: Placement(x: 2, y: 4), label: "Carers' champions in every GP surgery ☕"),
        GridMark(id: "i78", at: Placement(x: 3, y: 3), label: "Evening community bus twice a week"),
    ]

    private func render(_ grid: GridInfo, _ marks: [GridMark], width: Int = 80) -> String {
        GridText(plot: GridPlot(grid: grid, marks: marks), width: width).render()
    }

    @Test func aCrowdedGridWithLongLabelsFitsInEightyColumns() {
        let marks = (1...9).map { GridMark(id: "i\($0 * 11)", at: Placement(x: 1, y: 4), label: "Idea i\($0 * 11) with a long description that goes on and on") }
            + [GridMark(id: "i7", at: Placement(x: 4, y: 1), label: "Idea i7 with a long description that goes on and on")]
        let text = render(grid, marks)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { TerminalWidth.of($0) <= 80 })
        #expect(text.contains("i11 i22 +7"))
        #expect(text.contains("Big bets that might change"))
        #expect(lines.contains { $0.hasPrefix("  i7   4,1  no quadrant  Idea i7 with a long") })
    }

    @Test func anEvenScaleSplitsIntoHalvesAndAMissingQuadrantLeavesItsCornerEmpty() {
        let marks = [GridMark(id: "i1", at: Placement(x: 2, y: 3), label: "An idea"), GridMark(id: "i2", at: Placement(x: 3, y: 2), label: "An idea")]
        #expect(render(grid, marks) == """
            Investment grid (`investment`) shows “Impact” up the side and “Effort” along the
            bottom.
                                         | Quick wins  Big bets that might change everything
            A big difference to people 4 | ·           ·           ·           ·
                                       3 | ·           i1          ·           ·
                                       2 | ·           ·           i2          ·
                 Hardly any difference 1 | ·           ·           ·           ·
                                         | Fill-ins
                                         +------------------------------------------------
                                           1           2           3           4
                                           Little effort at all
                                                               A very great deal of effort
              i1  2,3  Quick wins   An idea
              i2  3,2  no quadrant  An idea
            """)
    }

    @Test func theReferenceGridAtSixtyColumnsKeepsEveryEndWhole() {
        #expect(render(reference, referenceMarks, width: 60) == """
            The investment grid (`investment`) shows “How much
            difference will it make?” up the side and “How much effort
            will it take?” along the bottom.
                                 | Quick wins           Major projects
              A big difference 5 | ·      ·      ·      i69    ·
                               4 | ·      i73    ·      ·      ·
                               3 | ·      ·      i78    ·      ·
                               2 | ·      ·      ·      ·      ·
            A small difference 1 | ·      ·      ·      ·      ·
                                 | Nice to haves        Think again
                                 +-----------------------------------
                                   1      2      3      4      5
                                   Little effort      A lot of effort
              i69  4,5  Major projects  Guaranteed respite: book a year…
              i73  2,4  Quick wins      Carers' champions in every GP s…
              i78  3,3  middle line     Evening community bus twice a w…
            """)
    }

    @Test func aNarrowTerminalGetsShortNamesOrEndsStackedRatherThanLabelsCutMidWord() {
        #expect(render(reference, referenceMarks, width: 40) == """
            The investment grid (`investment`) shows
            “How much difference will it make?” up
            the side and “How much effort will it
            take?” along the bottom.
                   | Quick wins       Major projects
            high 5 | ·     ·     ·     i69   ·
                 4 | ·     i73   ·     ·     ·
                 3 | ·     ·     i78   ·     ·
                 2 | ·     ·     ·     ·     ·
             low 1 | ·     ·     ·     ·     ·
                   | Nice to haves     Think again
                   +------------------------------
                     1     2     3     4     5
                     Little effort
                                   A lot of effort
              i69  4,5  Major projects
                Guaranteed respite: book a year ahe…
              i73  2,4  Quick wins
                Carers' champions in every GP surge…
              i78  3,3  middle line
                Evening community bus twice a week
            """)
    }

    @Test func noLineIsWiderThanTheWidthItIsDrawnAt() {
        for width in stride(from: 24, through: 160, by: 4) {
            for (grid, marks) in [(grid, [GridMark]()), (reference, referenceMarks)] {
                let lines = render(grid, marks, width: width).split(separator: "\n")
                let widest = lines.map { TerminalWidth.of($0) }.max() ?? 0
                #expect(widest <= width, "a line of \(widest) columns at \(width)")
            }
        }
    }

    @Test func aWideTerminalSpreadsTheCellsOnlySoFar() {
        let lines = render(reference, referenceMarks, width: 200).split(separator: "\n")
        #expect(lines.contains("                     +----------------------------------------------------------------------"))
    }

    @Test func theHeadingIsASentenceNamingBothAxes() {
        let heading = render(reference, [], width: 200).split(separator: "\n")[0]
        #expect(heading == "The investment grid (`investment`) shows “How much difference will it make?” up the side and “How much effort will it take?” along the bottom.")
    }

    @Test func aHostDrawsTheGridAtItsOwnWidthAndAPipeAtEighty() {
        let message = SessionMessage.grid(GridPlot(grid: reference, marks: referenceMarks))
        #expect(MessageRenderer.render(message) == render(reference, referenceMarks, width: 80))
        #expect(MessageRenderer.render(message, width: 60) == render(reference, referenceMarks, width: 60))
    }
}
