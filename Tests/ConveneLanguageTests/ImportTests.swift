import Foundation
import Testing
@testable import ConveneLanguage

/// A fresh folder under the system's temporary folder, removed afterwards.
private final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/convene-imports-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file at a path relative to the folder, making folders as needed.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }
}

private let retro = """
    workshop "Retro" { duration 1h }
    stage open "Open" for 10m { warm-up("Animal?") }
    """

private let warmUps = """
    activity warm-up(question) { say question }
    """

@Suite("Checker: imports")
struct ImportTests {
    private func check(_ main: String, in folder: TemporaryFolder, roots: [String] = []) -> CheckedProgram {
        ScriptChecker(loader: FileSystemSourceLoader(libraryRoots: roots)).check(path: main)
    }

    @Test func importNextToTheScript() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("scripts/main.convene", "import \"lib/warm-ups.convene\"\n" + retro)
        try folder.write("scripts/lib/warm-ups.convene", warmUps)
        let program = check(main, in: folder)
        #expect(summary(program) == [])
        #expect(program.imports.count == 1)
        #expect(program.activities.keys.sorted() == ["warm-up"])
    }

    @Test func importFromALibraryRoot() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("scripts/main.convene", "import \"warm-ups.convene\"\n" + retro)
        try folder.write("shared/warm-ups.convene", "import \"common.convene\"\n" + warmUps)
        try folder.write("shared/common.convene", "let slot = 10m\n")
        let program = check(main, in: folder, roots: [folder.path + "/shared"])
        #expect(summary(program) == [])
        #expect(program.imports.map { ($0.source.path as NSString).lastPathComponent } == ["common.convene", "warm-ups.convene"])
        #expect(program.globals.map(\.name.name) == ["slot"])
    }

    @Test func climbingWithinTheScriptsFolderIsAllowed() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("scripts/main.convene", "import \"sessions/day-one.convene\"\n" + retro)
        try folder.write("scripts/sessions/day-one.convene", "import \"../shared/warm-ups.convene\"\n")
        try folder.write("scripts/shared/warm-ups.convene", warmUps)
        let program = check(main, in: folder)
        #expect(summary(program) == [])
        #expect(program.imports.count == 2)
    }

    @Test func missingImportSaysWhereItLooked() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("scripts/main.convene", "import \"warm-ups.convene\"\n" + retro)
        let program = check(main, in: folder, roots: [folder.path + "/shared"])
        #expect(summary(program) == [
            "1:8 CV0700 cannot find `warm-ups.convene`",
            "3:29 CV0200 unknown name `warm-up`",
        ])
        #expect(program.diagnostics[0].notes == [
            "looked for it at `\(folder.path)/scripts/warm-ups.convene`, `\(folder.path)/shared/warm-ups.convene`",
        ])
        #expect(program.diagnostics[1].notes == ["it may be declared in `warm-ups.convene`, which could not be imported"])
    }

    @Test func cycleShowsTheChain() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("main.convene", "import \"a.convene\"\n" + retro)
        try folder.write("a.convene", "import \"b.convene\"\n" + warmUps)
        try folder.write("b.convene", "import \"a.convene\"\n")
        let program = check(main, in: folder)
        #expect(summary(program) == ["1:8 CV0701 importing `a.convene` here makes a cycle"])
        #expect(program.diagnostics.first?.notes == ["the imports go a.convene → b.convene → a.convene"])
    }

    @Test func importingTheMainScriptBackIsACycle() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("main.convene", "import \"a.convene\"\n" + retro)
        try folder.write("a.convene", "import \"main.convene\"\n" + warmUps)
        let program = check(main, in: folder)
        #expect(summary(program) == ["1:8 CV0701 importing `main.convene` here makes a cycle"])
    }

    @Test func climbingOutOfTheRootsIsRefused() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("scripts/main.convene", "import \"../secret.convene\"\n" + retro)
        try folder.write("secret.convene", warmUps)
        let program = check(main, in: folder, roots: [folder.path + "/shared"])
        #expect(summary(program).first
            == "1:8 CV0702 `../secret.convene` is outside the script's folder and the library roots, so it cannot be imported")
        #expect(program.imports.isEmpty)
    }

    @Test func absolutePathsAreRefused() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.convene", warmUps)
        let main = try folder.write("scripts/main.convene", "import \"\(secret)\"\n" + retro)
        let program = check(main, in: folder)
        #expect(summary(program).first == "1:8 CV0702 `\(secret)` is an absolute path, so it cannot be imported")
        #expect(program.imports.isEmpty)
    }

    @Test func symbolicLinksOutOfTheRootsAreRefused() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.convene", warmUps)
        let main = try folder.write("scripts/main.convene", "import \"link.convene\"\n" + retro)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/scripts/link.convene", withDestinationPath: secret)
        let program = check(main, in: folder)
        #expect(summary(program).first
            == "1:8 CV0702 `link.convene` is outside the script's folder and the library roots, so it cannot be imported")
        #expect(program.imports.isEmpty)
    }

    @Test func importedFilesDeclareNoWorkshop() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("main.convene", "import \"other.convene\"\n" + retro)
        try folder.write("other.convene", "workshop \"Other\" { duration 1h }\n" + warmUps)
        let program = check(main, in: folder)
        #expect(summary(program) == [
            "1:8 CV0703 `other.convene` declares a workshop, so it cannot be imported",
            "3:29 CV0200 unknown name `warm-up`",
        ])
        #expect(program.workshop?.title == "Retro")
    }

    @Test func anImportedWorkshopIsLeftOutWhole() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("main.convene", "import \"other.convene\"\nimport \"missing.convene\"\n" + retro)
        try folder.write("other.convene", """
            workshop "Other {town}" { duration 1h
              param town = "Leeds"
            }
            let welcome = "Welcome to {town} and {county}"
            """ + warmUps)
        let program = check(main, in: folder)
        // Nothing inside other.convene is checked, and the missing import is not offered as where `county` might be.
        #expect(summary(program) == [
            "1:8 CV0703 `other.convene` declares a workshop, so it cannot be imported",
            "2:8 CV0700 cannot find `missing.convene`",
            "4:29 CV0200 unknown name `warm-up`",
        ])
    }

    @Test func aMissingImportIsNamedOnlyForTheFileThatImportsIt() throws {
        let folder = try TemporaryFolder()
        let main = try folder.write("main.convene", "import \"lib.convene\"\n" + retro + "\nlet note = \"{county}\"")
        try folder.write("lib.convene", "import \"gone.convene\"\n" + warmUps + "let spot = \"{shire}\"\n")
        let program = check(main, in: folder)
        let notes = Dictionary(program.diagnostics.map { ($0.message, $0.notes) }, uniquingKeysWith: { first, _ in first })
        #expect(notes["unknown name `shire`"] == ["it may be declared in `gone.convene`, which could not be imported"])
        #expect(notes["unknown name `county`"] == [])
    }

    @Test func aLibraryActivityTaggedByRoleMattersOnlyWhereItIsCalled() throws {
        let folder = try TemporaryFolder()
        try folder.write("rounds.convene", """
            activity go-round() {
              prompt answers "Go round the room" by role
              return answers
            }
            activity twice() { go-round() }
            """)
        let uncalled = try folder.write("uncalled.convene", "import \"rounds.convene\"\n" + retro.replacingOccurrences(of: "warm-up(\"Animal?\")", with: "say \"Hi\""))
        #expect(summary(check(uncalled, in: folder)) == [])
        let called = try folder.write("called.convene", "import \"rounds.convene\"\n" + retro.replacingOccurrences(of: "warm-up(\"Animal?\")", with: "twice()"))
        let program = check(called, in: folder)
        #expect(summary(program) == ["3:29 CV0306 activity `twice` asks a question `by role`, but the workshop declares no role"])
        #expect(program.diagnostics.first?.notes == ["the prompt is at \(folder.path)/rounds.convene:2"])
        #expect(program.diagnostics.first?.help == "declare one in the workshop block: `role NAME \"label\"`")
    }

    @Test func anUnreadableMainFileIsADiagnostic() throws {
        let folder = try TemporaryFolder()
        let program = check(folder.path + "/nothing.convene", in: folder)
        #expect(program.diagnostics.map(\.message) == ["cannot read `\(folder.path)/nothing.convene`: there is no such file"])
        #expect(rendered(program) == """
            \(folder.path)/nothing.convene: error: cannot read `\(folder.path)/nothing.convene`: there is no such file [CV0700]
            help: check the path and that the file is readable

            """)
    }

    @Test func inMemoryLoaderSearchesLibraryRoots() throws {
        let loader = InMemorySourceLoader(
            files: ["main.convene": "", "lib/shared/a.convene": ""], libraryRoots: ["lib/shared"])
        #expect(try loader.resolve("a.convene", from: "main.convene") == "lib/shared/a.convene")
        #expect(throws: SourceLoadError.notFound(importPath: "b.convene", searched: ["b.convene", "lib/shared/b.convene"])) {
            try loader.resolve("b.convene", from: "main.convene")
        }
        #expect(throws: SourceLoadError.outsideLibrary(importPath: "../a.convene")) {
            try InMemorySourceLoader(files: ["a.convene": ""]).resolve("../a.convene", from: "main.convene")
        }
    }
}

@Suite("Checker: warnings in libraries")
struct LibraryWarningTests {
    static let library = """
        activity check-in(question) {
          prompt answers question
          say "Thank you."
        }
        """

    @Test func anImportedLibrarysUnusedCollectionsAreNotEachImportersWarnings() {
        let program = checkScript("""
            import "library.convene"
            workshop "Retro" { duration 1h }
            stage open "Open" for 10m { check-in("How are you?") }
            """, files: ["library.convene": Self.library])
        #expect(summary(program) == [])
    }

    @Test func checkingTheLibraryItselfWarnsWithHelpThatFitsAnActivity() {
        let program = checkScript(Self.library)
        #expect(program.diagnostics.map(\.message) == ["collection `answers` is never used"])
        #expect(program.diagnostics.first?.help
            == "use it later in the activity, or give it back with `return` for the stage that calls it, or remove it")
    }
}
