import ConveneLanguage
import ConveneText

extension LanguageRepl {
    /// `:save [FILE]`: writes everything defined so far, formatted as
    /// `convene fmt` would, to FILE or to the file last loaded or saved.
    /// Another file already at FILE is left alone: a designer who tried
    /// things at the prompt should not lose a script by a slip of the name.
    /// Nor is a script that checks overwritten by definitions with errors;
    /// a new file may take them, as a draft, with a word on its errors.
    func save(to argument: String) -> String {
        guard !definitions.isEmpty else { return "Nothing is defined yet; there is nothing to save.\n" }
        guard let path = argument.isEmpty ? files.current : argument else {
            return "Which file? Usage: :save FILE\n"
        }
        if !files.isOwn(path), store.exists(path) {
            return "`\(path)` already exists and is not the script loaded here; nothing saved. "
                + "Choose a new name, or :load it first to work on it.\n"
        }
        let errors = checkDefinitions().diagnostics.filter(\.isError).count
        if errors > 0, files.checks(path) {
            return "Not saved over `\(path)`: it checks without errors, and what is defined has \(Plural.count(errors, "error")). "
                + ":check lists them; `:save FILE` keeps a draft in another file.\n"
        }
        let parsed = Parser.parse(definitions.script)
        let text = parsed.diagnostics.contains(where: \.isError)
            ? String(decoding: definitions.script.bytes, as: UTF8.self)
            : Formatter.format(parsed.syntax)
        do {
            try store.write(text, to: path)
        } catch {
            return "Cannot save to `\(path)`: \(error)\n"
        }
        definitions.load(Parser.parse(SourceFile(path: path, text: text)).syntax)
        files.wrote(path, checks: errors == 0)
        let saved = "Saved \(path): \(Self.summary(of: parsed.syntax.declarations))."
        guard errors > 0 else { return saved + "\n" }
        return saved + " It has \(Plural.count(errors, "error")); :check lists them.\n"
    }

    /// Why `:load PATH` should wait: it would forget declarations typed
    /// since the last load or save. Typing the same `:load` again goes ahead.
    func loadWouldForget(_ path: String) -> String? {
        let changes = definitions.changesSinceLoad
        guard changes > 0, heldLoad != path else {
            heldLoad = nil
            return nil
        }
        heldLoad = path
        return "Not loaded: `:load` starts over, and \(Plural.count(changes, "declaration")) typed since the last "
            + ":load or :save would be forgotten. `:save FILE` keeps them; type `:load \(path)` again to forget them.\n"
    }
}
