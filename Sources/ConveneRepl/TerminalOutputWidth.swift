import LineEditing

extension LanguageRepl {
    /// The width to fold the REPL's answers to: the terminal's when standard
    /// input and output are a terminal, as `convene run` decides, read again
    /// for each answer so a resized window is followed; nil when either is
    /// piped, so what a script of input gets does not depend on a width.
    public static func terminalWidth() -> Int? {
        Terminal.isInteractive ? Terminal.columns : nil
    }
}
