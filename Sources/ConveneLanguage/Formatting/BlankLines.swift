/// Decides where blank lines go: always one between top-level declarations
/// (except within a run of one-line imports, lets or outputs, where the
/// author's choice stands), never just inside `{` or before `}`, and
/// elsewhere at most one where the author left one or more.
struct BlankLines {
    var source: SourceFile
    var compactGroups: [LineBuilder.CompactGroup?]
    /// The declarations whose code fits on one line (comments aside).
    var oneLineDeclarations: Set<Int>

    init(source: SourceFile, compactGroups: [LineBuilder.CompactGroup?], code: [FormattedLine]) {
        self.source = source
        self.compactGroups = compactGroups
        var counts: [Int: Int] = [:]
        var multiline: Set<Int> = []
        for line in code {
            counts[line.declaration, default: 0] += 1
            if line.text.utf8.contains(UInt8(ascii: "\n")) { multiline.insert(line.declaration) }
        }
        self.oneLineDeclarations = Set(counts.filter { $0.value == 1 }.keys).subtracting(multiline)
    }

    /// Whether a blank line goes between two neighbouring output lines.
    func between(_ previous: OutputLine, _ next: OutputLine) -> Bool {
        switch previous.shape {
        case .opensBlock, .closesAndOpens: return false
        case .plain, .closesBlock: break
        }
        switch next.shape {
        case .closesBlock, .closesAndOpens: return false
        case .plain, .opensBlock: break
        }
        if let first = previous.declaration, let second = next.declaration, first != second,
           !formsCompactRun(first, second) {
            return true
        }
        return sourceHasBlankLine(from: previous.sourceEnd, to: next.sourceStart)
    }

    private func formsCompactRun(_ first: Int, _ second: Int) -> Bool {
        guard let group = compactGroups[first], compactGroups[second] == group else { return false }
        return oneLineDeclarations.contains(first) && oneLineDeclarations.contains(second)
    }

    /// Whether an empty (or all-blank) line lies between two offsets.
    private func sourceHasBlankLine(from start: Int, to end: Int) -> Bool {
        let bytes = source.bytes
        guard start < end, end <= bytes.count else { return false }
        var lineIsBlank = false
        for byte in bytes[start..<end] {
            switch byte {
            case UInt8(ascii: "\n"):
                if lineIsBlank { return true }
                lineIsBlank = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                continue
            default:
                lineIsBlank = false
            }
        }
        return false
    }
}
