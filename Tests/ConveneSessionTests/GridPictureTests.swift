@testable import ConveneSession
import Foundation
import Testing

@Suite struct GridPictureTests {
    static let script = """
        workshop "G" { duration 1h }
        grid g "G" {
          axis x e "E" from low "L" to high "H"
          axis y v "V" from low "L" to high "H"
          scale 5
          quadrant a "A" where e is low and v is high
          quadrant b "B" where e is high and v is high
          quadrant c "C" where e is low and v is low
          quadrant d "D" where e is high and v is low
        }
        stage s "S" for 10m {
          prompt ideas "Ideas?"
          place ideas on g
        }
        output svg g to "g.svg"
        """

    /// The SVG's middle lines and dots, after placing ideas with `lines`.
    static func drawing(_ lines: [String]) throws -> [String] {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(script, folder: folder)
        TestSupport.feed(CommandInterpreter(session: session), lines)
        _ = OutputWriter(snapshot: session.snapshot).writeAll()
        return TestSupport.read(folder + "/g.svg").split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("<line") || $0.contains("<circle")
        }
    }

    @Test func theMiddlePositionIsDrawnOnBothMiddleLines() throws {
        let drawn = try Self.drawing(["centre", "left", "right", ":next", "i1 3 3", "i2 1 1", "i3 5 5"])
        #expect(drawn == [
            "<line x1=\"270\" y1=\"70\" x2=\"270\" y2=\"470\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
            "<line x1=\"70\" y1=\"270\" x2=\"470\" y2=\"270\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
            "<g><title>i1: centre</title><circle cx=\"270\" cy=\"270\" r=\"6\" fill=\"steelblue\"/><text x=\"278\" y=\"274\" font-size=\"10\">i1</text></g>",
            "<g><title>i2: left</title><circle cx=\"110\" cy=\"430\" r=\"6\" fill=\"steelblue\"/><text x=\"118\" y=\"434\" font-size=\"10\">i2</text></g>",
            "<g><title>i3: right</title><circle cx=\"430\" cy=\"110\" r=\"6\" fill=\"steelblue\"/><text x=\"438\" y=\"114\" font-size=\"10\">i3</text></g>",
        ])
    }

    @Test func ideasSharingASpotSpreadAroundIt() throws {
        let drawn = try Self.drawing(["one", "two", "three", "four", ":next", "i1 2 2", "i2 2 2", "i3 2 2", "i4 2 2"])
        let centres = drawn.compactMap { line -> String? in
            guard let start = line.range(of: "<circle ")?.upperBound, let end = line.range(of: " r=")?.lowerBound else { return nil }
            return String(line[start..<end])
        }
        // Position 2 is at 190 across and 350 down; stacked 14 apart, centred there,
        // so each label, right of its dot, is clear of the others.
        #expect(centres == [
            "cx=\"190\" cy=\"329\"", "cx=\"190\" cy=\"343\"", "cx=\"190\" cy=\"357\"", "cx=\"190\" cy=\"371\"",
        ])
        #expect(GridPicture.nudge(5, of: 7) == (dx: 18, dy: -7), "a sixth idea starts a second column")
    }

    /// The picture's file names in the folder after `lines` and then a pause.
    static func pictures(_ script: String, after lines: [String]) throws -> [String] {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(script, folder: folder)
        TestSupport.feed(CommandInterpreter(session: session), lines + [":pause"])
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".svg") }.sorted()
    }

    @Test func aGridTheScriptDrawsItselfHasThatOnePictureBeforeAndAfterIdeasArePlaced() throws {
        let drawnElsewhere = Self.script.replacingOccurrences(of: "to \"g.svg\"", with: "to \"the-grid.svg\"")
        #expect(try Self.pictures(drawnElsewhere, after: []) == ["the-grid.svg"])
        #expect(try Self.pictures(drawnElsewhere, after: ["centre", ":next", "i1 3 3"]) == ["the-grid.svg"])
    }

    @Test func aGridTheScriptDoesNotDrawIsPicturedUnderItsNameOnceSomethingIsPlaced() throws {
        let undrawn = Self.script.replacingOccurrences(of: "output svg g to \"g.svg\"", with: "")
        #expect(try Self.pictures(undrawn, after: []) == [])
        #expect(try Self.pictures(undrawn, after: ["centre", ":next", "i1 3 3"]) == ["g.svg"])
    }
}
