import Foundation
import Testing
@testable import ConveneLanguage

/// The Examples are what designers copy: each must check with no error and
/// no warning, exactly as `convene check --strict Examples/**/*.convene` would.
@Suite("Examples")
struct ExampleTests {
    static let examples = FixtureFiles.examples()

    /// Library files (under `Examples/library/`) hold activities for others to import.
    static func isLibrary(_ url: URL) -> Bool {
        url.deletingLastPathComponent().lastPathComponent == "library"
    }

    @Test func theExamplesAreThere() {
        let names = Set(Self.examples.map(\.lastPathComponent))
        for expected in [
            "working-together-for-change.convene", "story-slam.convene", "shared-solutions.convene",
            "retrospective.convene", "warm-ups.convene",
        ] {
            #expect(names.contains(expected), "Examples/ has no \(expected)")
        }
    }

    @Test(arguments: examples)
    func checksWithoutDiagnostics(example: URL) {
        let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: [])).check(path: example.path)
        #expect(program.diagnostics.count == 0, "\(example.lastPathComponent):\n\(rendered(program))")
    }

    @Test(arguments: examples.filter { !isLibrary($0) })
    func aWorkshopWithStagesAndOutputs(example: URL) throws {
        let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: [])).check(path: example.path)
        let workshop = try #require(program.workshop, "\(example.lastPathComponent) declares no workshop")
        #expect(workshop.purpose != nil, "\(example.lastPathComponent) has no purpose")
        let duration = try #require(workshop.durationSeconds, "\(example.lastPathComponent) has no duration")
        #expect(duration > 0)
        #expect(program.stages.count >= 4, "\(example.lastPathComponent) has only \(program.stages.count) stages")
        #expect(!program.outputs.isEmpty, "\(example.lastPathComponent) declares no outputs")
    }

    /// The reference workshop uses every part of the language the seed describes.
    @Test func workingTogetherForChangeCoversTheReferenceWorkshop() throws {
        let url = try #require(Self.examples.first { $0.lastPathComponent == "working-together-for-change.convene" })
        let program = ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: [])).check(path: url.path)
        let workshop = try #require(program.workshop)
        #expect(workshop.tags(of: .lens).map(\.name) == ["delia", "jamie", "heston"])
        #expect(workshop.tags(of: .perspective).count == 3)
        #expect(workshop.tags(of: .role).count >= 3)
        #expect(Set(workshop.parameters.map(\.name)).isSuperset(of: ["focus", "people"]))
        let days = program.agenda.filter { if case .day = $0 { true } else { false } }
        #expect(days.count == 2)
        let grid = try #require(program.grids["investment"])
        #expect(grid.x.name == "effort" && grid.y.name == "impact")
        #expect(grid.quadrants.contains { $0.name == "quick-wins" && !$0.xHigh && $0.yHigh })
    }
}
