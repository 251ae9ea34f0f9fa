import ArgumentParser
import ConveneLanguage
import ConveneRepl
import ConveneText
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

    @OptionGroup var scripts: ScriptOptions

    @ArgumentParser.Argument(help: "A script to load first, as with :load.")
    var file: String?

    func run() throws {
        // At a terminal, answers fold at spaces to its width, read again for
        // each answer so a resized window is followed; piped, they do not,
        // so what a script of input gets does not depend on a width.
        let repl = LanguageRepl(
            loader: FileSystemSourceLoader(libraryRoots: scripts.allLibraryRoots),
            foldingWidth: { Terminal.isInteractive ? Terminal.columns : nil })
        let session = ReplSession(repl: repl)
        defer { session.reader.close() }
        if session.reader.isInteractive {
            Terminal.write(LineWrapping.wrap(LanguageRepl.banner, width: Terminal.columns) + "\n")
        }
        if let file {
            session.answer(":load \(file)")
        }
        session.run()
    }
}

/// The REPL at its line reader: a rehearsal started with `:run` takes over
/// the prompt, the completion and the lines until it is over.
private final class ReplSession {
    let repl: LanguageRepl
    private(set) var reader: any LineReader = PlainLineReader { nil }
    private var rehearsal: Rehearsal?

    init(repl: LanguageRepl) {
        self.repl = repl
        let history = HistoryFile.userFile(named: "repl_history")
        reader = LineReaders.standard(LineEditingOptions(
            programName: "convene",
            historyFiles: history.map { [$0] } ?? [],
            completer: { [unowned self] request in
                self.rehearsal?.completions(before: request.textBeforeCursor)
                    ?? self.repl.completions(before: request.textBeforeCursor)
            }))
    }

    func run() {
        while !repl.isFinished {
            let prompt = rehearsal?.prompt ?? repl.prompt
            reader.savesHistory = rehearsal == nil
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                answer(line)
            case .interrupted:
                if rehearsal == nil { repl.interrupt() }
            case .end:
                if reader.isInteractive, rehearsal == nil, repl.isInsideBlock {
                    repl.interrupt()
                    Terminal.write("Dropped the unfinished block; Ctrl-D at an empty prompt leaves.\n")
                    continue
                }
                if let current = rehearsal {
                    Terminal.write(current.end())
                    rehearsal = nil
                    if reader.isInteractive { continue }
                }
                Terminal.write(repl.finish())
                return
            }
        }
    }

    func answer(_ line: String) {
        if let current = rehearsal {
            Terminal.write(current.handle(line))
            if current.isOver { rehearsal = nil }
            return
        }
        Terminal.write(repl.handle(line))
        rehearsal = repl.takeRehearsal()
    }
}
