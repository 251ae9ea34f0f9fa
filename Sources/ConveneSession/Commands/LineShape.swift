/// What a typed line looks like, for lines typed at the wrong step: a
/// ballot at a prompt, an item's id at a clustering, a sentence at a vote.
/// Such a line would otherwise be kept as what the step collects (an item
/// `t1=2`, a theme named `i2`) or refused for the wrong reason.
enum LineShape: Equatable {
    /// Marks only, with at least one count or ranking: `t1=2 t3`, `Sam: t3 > t1`.
    case ballot
    /// Ids only: `i2`, `i2 i5`.
    case ids
    /// A name and ids: `Transport: i2 i5`.
    case theme

    /// The line's shape, when it has one of these. `isID` says which
    /// id-looking words count (all, or only those the session knows).
    static func of(_ line: String, isID: (String) -> Bool) -> LineShape? {
        // Nearly every line is something people said: one whose first word
        // is not an id and that has no `:` cannot be any of these.
        guard line.utf8.contains(UInt8(ascii: ":")) || startsWithID(line) else { return nil }
        if isBallot(line) { return .ballot }
        let words = LineParsing.words(line)
        if !words.isEmpty, words.allSatisfy({ LineParsing.isID($0) && isID(String($0)) }) { return .ids }
        guard let colon = line.lastIndex(of: ":"), !line[..<colon].trimmingSpaces.isEmpty else { return nil }
        let listed = LineParsing.words(line[line.index(after: colon)...])
        return !listed.isEmpty && listed.allSatisfy({ LineParsing.isID($0) && isID(String($0)) }) ? .theme : nil
    }

    /// Whether the line, after an optional `NAME:`, is all marks (`t1`,
    /// `t1=2`, ids between `>`), with at least one `=` or `>`.
    private static func isBallot(_ line: String) -> Bool {
        let body = line.firstIndex(of: ":").map { line[line.index(after: $0)...] } ?? Substring(line)
        guard body.utf8.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") }) else { return false }
        let marks = LineParsing.words(body, alsoSplittingAt: [UInt8(ascii: ">")])
        return !marks.isEmpty && marks.allSatisfy(isMark)
    }

    /// Whether the line's first word starts like an id or a mark (`i3`, `t1=2`).
    private static func startsWithID(_ line: String) -> Bool {
        let first = line.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "," }
        let beforeMark = first.prefix { $0 != "=" && $0 != ">" }
        return LineParsing.isID(beforeMark)
    }

    /// `t1` or `t1=2` (a whole number, maybe negative).
    static func isMark(_ word: Substring) -> Bool {
        let parts = word.split(separator: "=", omittingEmptySubsequences: false)
        guard LineParsing.isID(parts[0]) else { return false }
        return parts.count == 1 || (parts.count == 2 && Int(parts[1]) != nil)
    }

    /// Whether any word of the line is a mark: a line with none is not a
    /// ballot of any form.
    static func hasMarks(_ line: String) -> Bool {
        LineParsing.words(line, alsoSplittingAt: [UInt8(ascii: ">"), UInt8(ascii: ":")]).contains(where: isMark)
    }
}
