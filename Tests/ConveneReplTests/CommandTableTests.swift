import Testing
import ConveneRepl

@Suite struct CommandTableTests {
    let table = CommandTable([
        CommandHelp(name: "help", arguments: "[COMMAND]", summary: "List the commands, or explain one.", details: ""),
        CommandHelp(name: "load", arguments: "FILE", summary: "Load a script.", details: "Example:\n\n:load retro.convene"),
    ])

    @Test func theOverviewAlignsSummaries() {
        #expect(table.overview == """
              :help [COMMAND]  List the commands, or explain one.
              :load FILE       Load a script.

            """)
    }

    @Test func helpForOneCommandShowsItsDetails() {
        #expect(table.help(for: ":load") == """
            :load FILE
              Load a script.

              Example:

              :load retro.convene

            """)
    }

    @Test func aMistypedCommandGetsASuggestion() {
        #expect(table.unknown("lod") == "Unknown command `:lod`. Did you mean `:load`? Type :help to see every command.\n")
        #expect(table.unknown("xyzzy") == "Unknown command `:xyzzy`. Type :help to see every command.\n")
    }

    @Test func typedCommandsSplitNameAndArgument() {
        #expect(TypedCommand("  :load  retro.convene  ") == TypedCommand(name: "load", argument: "retro.convene"))
        #expect(TypedCommand(":help")?.argument == "")
        #expect(TypedCommand("say \"hi\"") == nil)
    }
}
