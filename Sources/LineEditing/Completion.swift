import ConveneText

/// The line being typed when Tab is pressed.
public struct CompletionRequest: Sendable, Equatable {
    /// Everything before the cursor.
    public var textBeforeCursor: String

    public init(textBeforeCursor: String) {
        self.textBeforeCursor = textBeforeCursor
    }

    /// The word being completed: the text after the last space before the cursor.
    public var word: Substring {
        guard let space = textBeforeCursor.lastIndex(where: \.isWhitespace) else {
            return textBeforeCursor[...]
        }
        return textBeforeCursor[textBeforeCursor.index(after: space)...]
    }

    /// The words typed before the one being completed.
    public var previousWords: [Substring] {
        textBeforeCursor.dropLast(word.count).split(whereSeparator: \.isWhitespace)
    }
}

/// Returns the words that could stand where the cursor is; those not starting
/// with the word typed so far are ignored.
public typealias Completer = (CompletionRequest) -> [String]

/// What a word Tab offers stands for (an id's text), shown beside it when
/// the words are listed; nil for a word that speaks for itself.
public typealias CompletionDescriber = (String) -> String?

/// What pressing Tab does to the line.
public enum CompletionOutcome: Equatable, Sendable {
    /// Nothing fits: ring the bell.
    case none
    /// Type this text at the cursor.
    case insert(String)
    /// Several words fit and none is longer than what is typed: show them.
    case list([String])

    /// Works out the outcome for what is typed and the candidates. A
    /// candidate is matched against the longest tail of the typed text that
    /// starts a word and begins the candidate, so names of several words
    /// (a theme called “Getting around”) complete past their spaces; the
    /// candidates matching the longest tail win. One match is completed and
    /// followed by a space (unless it is a folder ending in `/`, so the path
    /// can go on); several are completed as far as they agree, and listed
    /// when they agree no further.
    public static func resolve(_ request: CompletionRequest, candidates: [String]) -> CompletionOutcome {
        var seen = Set<String>()
        var matches: [String] = []
        var matched = -1
        for candidate in candidates where seen.insert(candidate).inserted {
            guard let length = request.longestTail(beginning: candidate) else { continue }
            if length > matched {
                (matches, matched) = ([candidate], length)
            } else if length == matched {
                matches.append(candidate)
            }
        }
        guard let first = matches.first else { return .none }
        if matches.count == 1 {
            return .insert(String(first.dropFirst(matched)) + (first.hasSuffix("/") ? "" : " "))
        }
        let shared = matches.dropFirst().reduce(Substring(first)) { prefix, match in
            prefix.commonPrefix(with: match)
        }
        if shared.count > matched {
            return .insert(String(shared.dropFirst(matched)))
        }
        return .list(matches.sorted(by: inNaturalOrder))
    }

    /// Words in order with the numbers in them read as numbers, so that
    /// `i2` comes before `i10`.
    static func inNaturalOrder(_ left: String, _ right: String) -> Bool {
        let (leftStem, leftNumber) = stemAndNumber(left)
        let (rightStem, rightNumber) = stemAndNumber(right)
        guard leftStem == rightStem, let leftNumber, let rightNumber, leftNumber != rightNumber else { return left < right }
        return leftNumber < rightNumber
    }

    /// `i12` → (`i`, 12); a word not ending in digits has no number.
    private static func stemAndNumber(_ word: String) -> (Substring, Int?) {
        let digits = word.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < 10 else { return (word[...], nil) }
        return (word.dropLast(digits), Int(word.suffix(digits)))
    }
}

extension CompletionRequest {
    /// The length, in characters, of the longest tail of the typed text
    /// that starts at a word's start and begins `candidate`; nil when not
    /// even the word being typed does.
    func longestTail(beginning candidate: String) -> Int? {
        let text = textBeforeCursor
        var best: Int?
        var index = text.endIndex
        var length = 0
        while true {
            let startsWord = index == text.startIndex || text[text.index(before: index)].isWhitespace
            if startsWord, candidate.hasPrefix(text[index...]) { best = length }
            guard index > text.startIndex else { return best }
            index = text.index(before: index)
            length += 1
        }
    }
}

extension Substring {
    fileprivate func commonPrefix(with other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            end = index(after: end)
            otherIndex = other.index(after: otherIndex)
        }
        return self[startIndex..<end]
    }
}

extension CompletionOutcome {
    /// Lays out words one to a line, each followed by what it stands for,
    /// cut to the terminal's width: `i12  One phone number for every …`.
    public static func listing(_ words: [String], describedBy descriptions: [String], columns: Int) -> String {
        let widest = words.map { Terminal.width(of: $0) }.max() ?? 0
        var text = ""
        for (word, description) in zip(words, descriptions) {
            let line = word + String(repeating: " ", count: widest - Terminal.width(of: word) + 2) + description
            text += TerminalWidth.clipped(line, to: max(widest + 4, columns - 1)) + "\n"
        }
        return text
    }

    /// Lays out words in columns that fit the terminal, like a shell listing.
    public static func listing(_ words: [String], columns: Int) -> String {
        guard let widest = words.map({ Terminal.width(of: $0) }).max() else { return "" }
        let cell = widest + 2
        let perRow = max(1, columns / cell)
        let rows = (words.count + perRow - 1) / perRow
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < words.count else { break }
                let word = words[index]
                line += word
                line += String(repeating: " ", count: cell - Terminal.width(of: word))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
