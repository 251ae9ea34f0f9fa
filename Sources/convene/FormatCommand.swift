import ArgumentParser
import ConveneLanguage
import ConveneSession

/// `convene fmt FILE...`: print scripts in canonical form, or rewrite them.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Format scripts canonically (to standard output by default).",
        discussion: "Comments are kept; formatting never changes what a script means."
    )

    @Flag(name: .customLong("in-place"), help: "Rewrite each file in place.")
    var inPlace = false

    @Flag(help: "Change nothing; exit 1 if a file is not formatted.")
    var check = false

    @ArgumentParser.Argument(help: ArgumentHelp("The scripts to format.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one script to format") }
        if inPlace && check { throw ValidationError("--in-place and --check cannot be used together") }
    }

    func run() throws {
        var failed = false
        for file in files {
            failed = !format(file) || failed
        }
        if failed { throw ExitCode(ExitStatus.failure) }
    }

    /// Formats one file as the flags ask; false when it failed or is not formatted.
    private func format(_ file: String) -> Bool {
        guard let bytes = try? Paths.read(file) else {
            printError("\(file): error: cannot read the file\n")
            return false
        }
        let source = SourceFile(path: file, bytes: bytes)
        let parsed = Parser.parse(source)
        if parsed.diagnostics.contains(where: \.isError) {
            report(parsed.diagnostics, sources: [source])
            printError("\(file): not formatted: fix the errors above first\n")
            return false
        }
        let formatted = Formatter.format(parsed.syntax)
        if check {
            guard Array(formatted.utf8) == source.bytes else {
                printError("\(file): not formatted (run `convene fmt --in-place \(file)`)\n")
                return false
            }
            return true
        }
        if inPlace {
            guard Array(formatted.utf8) != source.bytes else { return true }
            do {
                try ConfinedWriter(folder: Paths.parent(of: file)).write(formatted, to: Paths.lastComponent(of: file))
            } catch {
                printError("\(file): error: cannot write the file: \(error.reason)\n")
                return false
            }
            return true
        }
        print(formatted, terminator: "")
        return true
    }
}
