/// Output that may hold diagnostics (the REPL's answers, `convene check`'s
/// report) folded at spaces to a terminal's width, as `convene run` folds its
/// messages, so no word is cut in two at the edge of the screen. The lines
/// of source a diagnostic quotes, and the caret line under each, are left
/// whole: folding them would take the caret away from its column.
public enum ProseFolding {
    /// `text` with each line of prose longer than `width` folded at spaces;
    /// `text` as it is when there is no width (output that is not to a terminal).
    public static func fold(_ text: String, width: Int?) -> String {
        guard let width, TerminalWidth.of(text) > width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { isExcerpt($0) ? String($0) : LineWrapping.wrap(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// Whether a line is a diagnostic's quoted source, ` 12 |   vote top on`,
    /// or the caret under it, `    |        ^~~`: a space, the line number or
    /// spaces, a space and a bar.
    static func isExcerpt(_ line: Substring) -> Bool {
        guard line.first == " " else { return false }
        let gutter = line.dropFirst().prefix { $0 == " " || ("0"..."9").contains($0) }
        return gutter.last == " " && line.dropFirst(1 + gutter.count).first == "|"
    }
}
