/// Canonical formatting of Convene scripts (`convene fmt`).
///
/// The style: two-space indentation; one declaration, statement or setting
/// per line; `{` on the header line; a blank line between top-level
/// declarations and at most one where the author left any inside a block;
/// spaces around binary operators and `, ` between items; strings, numbers
/// and durations in their canonical spelling; parentheses only where
/// precedence needs them. Comments stay where they were written.
///
/// Formatting never changes the syntax tree, and formatting formatted text
/// changes nothing.
public enum Formatter {
    /// The canonical text of a file. The tree must be free of parse errors:
    /// a node that failed to parse is copied as written.
    public static func format(_ file: SyntaxFile) -> String {
        var builder = LineBuilder(source: file.source)
        builder.add(file.declarations)
        let output = CommentPlacer(lines: builder.lines, comments: InterpolationComments.all(in: file)).place()
        let blanks = BlankLines(source: file.source, compactGroups: builder.compactGroups, code: builder.lines)

        var text = ""
        for (index, line) in output.enumerated() {
            if index > 0, blanks.between(output[index - 1], line) { text += "\n" }
            text += indentation(line.depth) + line.text + "\n"
        }
        return text
    }
}
