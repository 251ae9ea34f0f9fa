/// Puts every comment back next to the code it was written by: an own-line
/// comment before the line that follows it (at that line's depth, or inside
/// the block a `}` closes), a trailing comment at the end of the line it
/// trailed, and comments after all code at the end of the file.
struct CommentPlacer {
    var lines: [FormattedLine]
    var comments: [Comment]

    /// The formatted lines with their comments, in output order.
    func place() -> [OutputLine] {
        var before = Array(repeating: [Comment](), count: lines.count)
        var trailing = Array(repeating: [Comment](), count: lines.count)
        var atEnd: [Comment] = []

        // Comments and lines are both in source order, so one sweep places them all.
        var following = 0
        var trailed = -1
        for comment in comments {
            let offset = comment.range.start
            while following < lines.count, lines[following].source.end <= offset { following += 1 }
            while trailed + 1 < lines.count, lines[trailed + 1].source.start <= offset { trailed += 1 }
            if comment.isTrailing, trailed >= 0 {
                trailing[trailed].append(comment)
            } else if following < lines.count {
                before[following].append(comment)
            } else {
                atEnd.append(comment)
            }
        }

        var output: [OutputLine] = []
        for (index, line) in lines.enumerated() {
            // One trailing comment fits at the end of a line; any others go above
            // it, and so does the last when an own-line comment came after it.
            var above = (before[index] + trailing[index]).sorted { $0.range.start < $1.range.start }
            let last = above.last.flatMap { $0.isTrailing && trailing[index].last == $0 ? above.removeLast() : nil }
            for comment in above {
                output.append(.comment(comment, depth: line.commentDepth, declaration: line.declaration))
            }
            var code = OutputLine.code(line)
            if let last {
                code.text += " #" + Self.trimmed(last.text)
                code.sourceEnd = max(code.sourceEnd, last.range.end)
            }
            output.append(code)
        }
        for comment in atEnd {
            output.append(.comment(comment, depth: 0, declaration: nil))
        }
        return output
    }

    /// Comment text without trailing spaces (or the `\r` of a CRLF line break).
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}

/// A line of the formatted file: code or a comment, with what the blank-line rules need.
struct OutputLine {
    var text: String
    var depth: Int
    var shape: FormattedLine.Shape
    var sourceStart: Int
    var sourceEnd: Int
    /// The top-level declaration the line belongs to; nil for comments after all code.
    var declaration: Int?

    static func code(_ line: FormattedLine) -> OutputLine {
        OutputLine(text: line.text, depth: line.depth, shape: line.shape,
                   sourceStart: line.source.start, sourceEnd: line.source.end, declaration: line.declaration)
    }

    static func comment(_ comment: Comment, depth: Int, declaration: Int?) -> OutputLine {
        OutputLine(text: "#" + CommentPlacer.trimmed(comment.text), depth: depth, shape: .plain,
                   sourceStart: comment.range.start, sourceEnd: comment.range.end, declaration: declaration)
    }
}
