import ConveneLanguage
@testable import ConveneSession
import Testing

/// The grid `:grid` draws: within 80 columns however long the labels and
/// however crowded a cell.
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

    @Test func aCrowdedGridWithLongLabelsFitsInEightyColumns() {
        let placements = (1...9).map { (id: "i\($0 * 11)", at: Placement(x: 1, y: 4)) }
            + [(id: "i7", at: Placement(x: 4, y: 1))]
        let text = GridText(grid: grid, placements: placements) { "Idea \($0) with a long description that goes on and on" }.render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("i11 i22 +7"))
        #expect(text.contains("Big bets that might change"))
        #expect(lines.contains { $0.hasPrefix("  i7   4,1  no quadrant  Idea i7 with a long") })
    }

    @Test func anEvenScaleSplitsIntoHalvesAndAMissingQuadrantLeavesItsCornerEmpty() {
        let text = GridText(grid: grid, placements: [(id: "i1", at: Placement(x: 2, y: 3)), (id: "i2", at: Placement(x: 3, y: 2))]) { _ in "An idea" }.render()
        #expect(text == """
            Investment grid (`investment`): Impact up, Effort across
                                     Quick wins                Big bets that might change e…
            4 A big difference to… | ·            ·            ·            ·
                                 3 | ·            i1           ·            ·
                                 2 | ·            ·            i2           ·
            1 Hardly any differen… | ·            ·            ·            ·
                                   +----------------------------------------------------
                                     1 Little ef… 2            3            4 A very gr…
                                     Fill-ins
              i1  2,3  Quick wins   An idea
              i2  3,2  no quadrant  An idea
            """)
    }
}
