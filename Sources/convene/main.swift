import ArgumentParser

/// The `convene` command line.
struct Convene: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Check, format, plan and run facilitated workshops.",
        subcommands: [RunCommand.self, ResumeCommand.self, ExportCommand.self])
}

Convene.main()
