import ArgumentParser
import ConveneLanguage
import ConveneRepl
import Foundation
import LineEditing

/// `convene repl`: the language REPL for workshop designers.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Try the language: evaluate statements and expressions, define and rehearse stages.",
        discussion: """
            Type a statement, an expression or a declaration; a block goes on over several lines \
            until its braces balance. Lines starting with `:` are commands (`:help` lists them). \
            Works the same with piped input, one line at a time.
            """)

    @ArgumentParser.Argument(help: "A script to load first, as with :load.")
    var file: String?

    @OptionGroup var scripts: ScriptOptions

    func run() throws {
        let repl = LanguageRepl(loader: FileSystemSourceLoader(libraryRoots: scripts.allLibraryRoots))
        let history = HistoryFile.userFile(named: "repl_history", environment: ProcessInfo.processInfo.environment)
        let reader = LineReaders.standard(LineEditingOptions(
            programName: "convene",
            historyFiles: history.map { [$0.path] } ?? [],
            completer: { repl.completions(before: $0.textBeforeCursor) }))
        defer { reader.close() }
        if reader.isInteractive {
            Terminal.write(LanguageRepl.banner + "\n")
        }
        if let file {
            Terminal.write(repl.handle(":load \(file)"))
        }
        while !repl.isFinished {
            switch reader.readLine(prompt: repl.prompt) {
            case .line(let line):
                Terminal.write(repl.handle(line))
            case .interrupted:
                repl.interrupt()
            case .end:
                Terminal.write(repl.finish())
                return
            }
        }
    }
}
