import Foundation
import Testing

/// `:save` in `convene repl`: what a designer tried at the prompt becomes a
/// script file, formatted, without overwriting another file.
@Suite struct LanguageReplSavingTests {
    private func repl(_ input: String, in folder: URL) throws -> String {
        let result = try PipedRun.run(
            ["repl"], input: input, directory: folder,
            environment: ConveneBinary.environment(home: try ConveneBinary.temporaryFolder()))
        #expect(result.status == 0)
        return result.output
    }

    @Test func typedDefinitionsAreSavedAsAFormattedScript() throws {
        let folder = try ConveneBinary.temporaryFolder()
        let output = try repl("""
            workshop "Tried at the prompt" {   duration 30m }
            stage gather "Gather" for 10m { prompt ideas "What could we do?" }
            :save tried.convene
            """, in: folder)
        #expect(output == """
            Defined the workshop “Tried at the prompt”.
            Defined stage `gather`.
            Saved tried.convene: 1 workshop and 1 stage.

            """)
        let saved = try String(contentsOf: folder.appendingPathComponent("tried.convene"), encoding: .utf8)
        #expect(saved == """
            workshop "Tried at the prompt" {
              duration 30m
            }

            stage gather "Gather" for 10m {
              prompt ideas "What could we do?"
            }

            """)
    }

    @Test func saveWithoutANameWritesBackTheLoadedFileAndOtherFilesAreLeftAlone() throws {
        let folder = try ConveneBinary.temporaryFolder()
        let original = "workshop \"Short\" {\n  duration 30m\n}\n\nstage gather \"Gather\" for 10m {\n  prompt ideas \"What?\"\n}\n"
        try original.write(to: folder.appendingPathComponent("short.convene"), atomically: true, encoding: .utf8)
        try "keep me\n".write(to: folder.appendingPathComponent("notes.convene"), atomically: true, encoding: .utf8)
        let output = try repl("""
            :load short.convene
            stage gather "Gather ideas" for 15m { prompt ideas "What could we try?" }
            :save notes.convene
            :save
            """, in: folder)
        #expect(output == """
            Loaded short.convene: 1 workshop and 1 stage.
            Replaced stage `gather`.
            `notes.convene` already exists and is not the script loaded here; nothing saved. Choose a new name, or :load it first to work on it.
            Saved short.convene: 1 workshop and 1 stage.

            """)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.convene"), encoding: .utf8) == "keep me\n")
        let saved = try String(contentsOf: folder.appendingPathComponent("short.convene"), encoding: .utf8)
        #expect(saved.contains("stage gather \"Gather ideas\" for 15m {\n  prompt ideas \"What could we try?\"\n}"))
    }

    @Test func loadWaitsBeforeForgettingUnsavedDeclarations() throws {
        let folder = try ConveneBinary.temporaryFolder()
        try "stage one \"One\" for 5m {}\n".write(to: folder.appendingPathComponent("one.convene"), atomically: true, encoding: .utf8)
        let output = try repl("""
            stage two "Two" for 5m {}
            let rounds = 3
            :load one.convene
            :defs
            :load one.convene
            :defs
            """, in: folder)
        #expect(output.hasSuffix("""
            Not loaded: `:load` starts over, and 2 declarations typed since the last :load or :save would be forgotten. `:save FILE` keeps them; type `:load one.convene` again to forget them.
            stage two “Two” for 5m
            let rounds
            Loaded one.convene: 1 stage.
            stage one “One” for 5m

            """))
    }

    @Test func aScriptThatChecksIsNotOverwrittenWithErrorsButADraftMayTakeThem() throws {
        let folder = try ConveneBinary.temporaryFolder()
        let original = "workshop \"Short\" {\n  duration 30m\n}\n\nstage gather \"Gather\" for 10m {\n  prompt ideas \"What?\"\n}\n"
        try original.write(to: folder.appendingPathComponent("short.convene"), atomically: true, encoding: .utf8)
        let output = try repl("""
            :load short.convene
            stage choose "Choose" for 5m { vote top on idaes { method approval } }
            :save
            :save draft.convene
            :save
            :save short.convene
            stage choose "Choose" for 5m { vote top on ideas { method approval } }
            :save short.convene
            """, in: folder)
        #expect(output.hasSuffix("""
            Type it again to replace it; :check lists every problem.
            Not saved over `short.convene`: it checks without errors, and what is defined has 1 error. :check lists them; `:save FILE` keeps a draft in another file.
            Saved draft.convene: 1 workshop and 2 stages. It has 1 error; :check lists them.
            Saved draft.convene: 1 workshop and 2 stages. It has 1 error; :check lists them.
            Not saved over `short.convene`: it checks without errors, and what is defined has 1 error. :check lists them; `:save FILE` keeps a draft in another file.
            Replaced stage `choose`.
            Saved short.convene: 1 workshop and 2 stages.

            """))
        let draft = try String(contentsOf: folder.appendingPathComponent("draft.convene"), encoding: .utf8)
        #expect(draft.hasSuffix("stage choose \"Choose\" for 5m {\n  vote top on idaes {\n    method approval\n  }\n}\n"))
        let saved = try String(contentsOf: folder.appendingPathComponent("short.convene"), encoding: .utf8)
        #expect(saved.hasSuffix("stage choose \"Choose\" for 5m {\n  vote top on ideas {\n    method approval\n  }\n}\n"))
    }

    @Test func aScriptLoadedWithErrorsMaySaveOverItselfSayingSo() throws {
        let folder = try ConveneBinary.temporaryFolder()
        try "stage one \"One\" for 5m {}\n".write(to: folder.appendingPathComponent("one.convene"), atomically: true, encoding: .utf8)
        let output = try repl("""
            :load one.convene
            stage two "Two" for 5m {}
            :save
            """, in: folder)
        #expect(output.hasSuffix("""
            Loaded one.convene: 1 stage.
            Defined stage `two`.
            Saved one.convene: 2 stages. It has 1 error; :check lists them.

            """))
        #expect(try String(contentsOf: folder.appendingPathComponent("one.convene"), encoding: .utf8)
            == "stage one \"One\" for 5m {\n}\n\nstage two \"Two\" for 5m {\n}\n")
    }

    @Test func nothingDefinedIsNothingToSave() throws {
        let output = try repl(":save empty.convene\n", in: try ConveneBinary.temporaryFolder())
        #expect(output == "Nothing is defined yet; there is nothing to save.\n")
    }
}
