/// Text folded at spaces to fit a terminal's width, so a word or an id is
/// never cut in two at the edge of the screen. A folded line goes on under
/// its own text, after its indent and its marker (`> ` of something to
/// say, `? ` of a question, `- ` of a list entry), or, in an indented
/// listing, under its second column (`  i12  One phone number …`).
public enum LineWrapping {
    /// `text` with each line longer than `width` columns folded at spaces.
    /// A word longer than the width is left whole on a line of its own.
    public static func wrap(_ text: String, width: Int) -> String {
        // No line of a text is wider than all of it: most messages fit whole.
        guard TerminalWidth.of(text) > width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine($0, width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        guard width > 0, TerminalWidth.of(line) > width else { return String(line) }
        let hanging = String(repeating: " ", count: TerminalWidth.of(hangingIndent(of: line, within: width)))
        guard TerminalWidth.of(hanging) < width / 2 else { return String(line) }
        var lines: [String] = []
        var current: String?
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            guard let sofar = current else {
                current = String(word)
                continue
            }
            let candidate = sofar + " " + word
            if TerminalWidth.of(candidate) <= width || sofar.allSatisfy({ $0 == " " }) {
                current = candidate
            } else {
                lines.append(sofar)
                current = hanging + word
            }
        }
        return (lines + [current ?? ""]).joined(separator: "\n")
    }

    /// The leading spaces, and a marker after them, that a folded line's
    /// continuation lines up under; in an indented listing (a first word,
    /// then two spaces or more), the start of its second column, when that
    /// leaves more than half the width.
    private static func hangingIndent(of line: Substring, within width: Int) -> Substring {
        let spaces = line.prefix { $0 == " " }
        let rest = line.dropFirst(spaces.count)
        for marker in ["> ", "? ", "- ", "* "] where rest.hasPrefix(marker) {
            return line.prefix(spaces.count + marker.count)
        }
        let firstWord = rest.prefix { $0 != " " }
        let gap = rest.dropFirst(firstWord.count).prefix { $0 == " " }
        let column = spaces.count + firstWord.count + gap.count
        if !spaces.isEmpty, !firstWord.isEmpty, gap.count >= 2, column < line.count, TerminalWidth.of(line.prefix(column)) < width / 2 {
            return line.prefix(column)
        }
        return spaces
    }
}
