import ConveneVoting

/// Reads the parts of a typed line: ids, ballots, counts, positions.
/// Every function throws a `SessionError` that shows the expected form.
enum LineParsing {
    /// `:move i3 to t2` → ("move", "i3 to t2").
    static func command(_ line: String) -> (name: String, rest: String) {
        let body = line.trimmingSpaces.dropFirst()
        let name = body.prefix { $0 != " " && $0 != "\t" }
        return (String(name), String(body.dropFirst(name.count)).trimmingSpaces)
    }

    /// Whether a word is an id: a letter then digits (`i12`, `t3`).
    static func isID(_ word: Substring) -> Bool {
        // By bytes: every line typed goes through here, and ids are ASCII.
        let bytes = word.utf8
        guard bytes.count > 1, let first = bytes.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else {
            return false
        }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Words split on spaces and commas.
    static func words(_ text: some StringProtocol) -> [Substring] {
        words(text, alsoSplittingAt: [])
    }

    /// Words split on spaces, commas and the ASCII `separators` as well. By
    /// bytes, not characters: every line typed is split, and a split at an
    /// ASCII byte never cuts a character's bytes apart.
    static func words(_ text: some StringProtocol, alsoSplittingAt separators: [UInt8]) -> [Substring] {
        Substring(text).utf8.split { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 || separators.contains($0) }.map { Substring($0) }
    }

    /// A list of ids, every word one.
    static func ids(_ text: some StringProtocol, usage: String) throws(SessionError) -> [String] {
        let list = words(text)
        guard !list.isEmpty else { throw SessionError("expected ids here", help: "write it as `\(usage)`") }
        for word in list where !isID(word) {
            throw SessionError("`\(word)` is not an id", help: "ids look like i12 or t3; write it as `\(usage)`")
        }
        return list.map(String.init)
    }

    /// `lived: I can't get a GP appointment` → ("lived", "I can't …").
    static func tagged(_ text: String) -> (tag: String?, text: String) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
        let tag = text[..<colon].trimmingSpaces
        guard !tag.isEmpty, tag.count <= 40 else { return (nil, text) }
        return (tag, String(text[text.index(after: colon)...]).trimmingSpaces)
    }

    /// `Access to GPs: i3 i7` → ("Access to GPs", ["i3", "i7"]); a name alone has no ids.
    static func theme(_ text: String) -> (name: String, ids: [String]) {
        guard let colon = text.lastIndex(of: ":") else { return (text.trimmingSpaces, []) }
        let list = words(text[text.index(after: colon)...])
        guard list.allSatisfy(isID) else { return (text.trimmingSpaces, []) }
        return (text[..<colon].trimmingSpaces, list.map(String.init))
    }

    /// `LEFT separator RIGHT`, trying each place the separator occurs until
    /// `accept` takes the left part (theme names may contain " to ").
    static func split(_ text: String, on separator: String, usage: String, accept: (String) -> Bool) throws(SessionError) -> (String, String) {
        let padded = " \(separator) "
        var candidates: [(String, String)] = []
        var searchStart = text.startIndex
        while let range = text.range(of: padded, range: searchStart..<text.endIndex) {
            candidates.append((text[..<range.lowerBound].trimmingSpaces, text[range.upperBound...].trimmingSpaces))
            searchStart = text.index(after: range.lowerBound)
        }
        guard let first = candidates.first else {
            throw SessionError("expected `\(separator)` in the command", help: "write it as `\(usage)`")
        }
        return candidates.first { accept($0.0) } ?? first
    }

    /// `Sam: t1=2 t3` → ("Sam", marks); the marks' form follows the method.
    static func ballot(_ text: String, method: VotingMethod, usage: String) throws(SessionError) -> (voter: String?, marks: OptionMarks) {
        var voter: String?
        var body = Substring(text)
        if let colon = text.firstIndex(of: ":") {
            voter = text[..<colon].trimmingSpaces
            body = text[text.index(after: colon)...]
        }
        switch method {
        case .dots, .score, .fistOfFive:
            return (voter, .points(try counts(body, usage: usage, bareMeansOne: true, sumsRepeats: method == .dots)))
        case .approval:
            return (voter, .approvals(try ids(body, usage: usage)))
        case .plurality:
            let chosen = try ids(body, usage: usage)
            guard chosen.count == 1 else {
                throw SessionError("this vote takes one choice per ballot, not \(chosen.count)", help: "write it as `:vote \(chosen[0])`")
            }
            return (voter, .choice(chosen[0]))
        case .borda, .irv, .schulze, .rankedPairs:
            return (voter, .ranking(try ids(body.replacingOccurrences(of: ">", with: " "), usage: usage)))
        }
    }

    /// `t1=7 t2=3` (and, for dots, `t1 t1 t3`: each bare id one dot). With
    /// `sumsRepeats`, an option named again adds to its count; without, each
    /// mention is kept, for the session to refuse.
    static func counts(
        _ text: some StringProtocol, usage: String, bareMeansOne: Bool = false, sumsRepeats: Bool = true
    ) throws(SessionError) -> [OptionCount] {
        var result: [OptionCount] = []
        let list = words(text)
        guard !list.isEmpty else { throw SessionError("expected options here", help: "write it as `\(usage)`") }
        for word in list {
            let parts = word.split(separator: "=", omittingEmptySubsequences: false)
            let id = parts[0]
            guard isID(id) else { throw SessionError("`\(id)` is not an option id", help: "write it as `\(usage)`") }
            let amount: Int
            if parts.count == 2, let number = Int(parts[1]) {
                amount = number
            } else if parts.count == 1, bareMeansOne {
                amount = 1
            } else {
                throw SessionError("`\(word)` should be an option and a whole number, like `\(id)=2`", help: "write it as `\(usage)`")
            }
            if sumsRepeats, let index = result.firstIndex(where: { $0.option == String(id) }) {
                result[index].count += amount
            } else {
                result.append(OptionCount(option: String(id), count: amount))
            }
        }
        return result
    }

    /// `i3 2 4`, `i3 2,4` or `i3 at 2,4`.
    static func position(_ text: String) throws(SessionError) -> (id: String, x: Int, y: Int) {
        let list = words(text).filter { $0 != "at" }
        guard list.count == 3, isID(list[0]), let x = Int(list[1]), let y = Int(list[2]) else {
            throw SessionError("expected an idea and a position", help: "write it as `:place i3 2 4` (x then y)")
        }
        return (String(list[0]), x, y)
    }

    /// A nudge said the way the room shouts it at a place step: `i3 higher`,
    /// `higher i3`, `i3 up 2`, `left i7`, `i3 downwards`. Nil when the line is not one.
    static func spokenNudge(_ text: String) -> (id: String, direction: Nudge, steps: Int)? {
        let list = words(text).map { $0.lowercased() }
        guard (2...3).contains(list.count) else { return nil }
        guard let directionIndex = list.firstIndex(where: { Nudge.named($0) != nil }),
              let idIndex = list.firstIndex(where: { isID(Substring($0)) }) else { return nil }
        let rest = list.indices.filter { $0 != directionIndex && $0 != idIndex }
        guard rest.count == list.count - 2, rest.allSatisfy({ Int(list[$0]).map { $0 > 0 } == true }) else { return nil }
        return (list[idIndex], Nudge.named(list[directionIndex])!, rest.first.map { Int(list[$0])! } ?? 1)
    }

    /// `i3 [N]` for `:higher` and friends.
    static func nudge(_ text: String, usage: String) throws(SessionError) -> (id: String, steps: Int) {
        let list = words(text)
        guard (1...2).contains(list.count), isID(list[0]), list.count == 1 || Int(list[1]) != nil else {
            throw SessionError("expected an idea and, optionally, how many steps", help: "write it as `\(usage)`")
        }
        return (String(list[0]), list.count == 2 ? Int(list[1])! : 1)
    }

    /// `i3 Sam | Phone the practice | 2025-07-01`; empty parts are left as they are.
    static func action(_ text: String) throws(SessionError) -> (id: String, owner: String?, firstStep: String?, due: String?) {
        let usage = ":action ID OWNER | FIRST STEP | YYYY-MM-DD"
        let id = text.prefix { $0 != " " && $0 != "\t" }
        guard isID(id) else { throw SessionError("expected an idea's id first", help: "write it as `\(usage)`") }
        let parts = text.dropFirst(id.count).split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count <= 3 else { throw SessionError("an action has three parts: owner, first step and date", help: "write it as `\(usage)`") }
        let part = { (index: Int) -> String? in index < parts.count && !parts[index].isEmpty ? parts[index] : nil }
        return (String(id), part(0), part(1), part(2))
    }

    /// `i3 TEXT` → ("i3", "TEXT").
    static func idAndText(_ text: String, usage: String) throws(SessionError) -> (id: String, text: String) {
        let id = text.prefix { $0 != " " && $0 != "\t" }
        let rest = String(text.dropFirst(id.count)).trimmingSpaces
        guard isID(id), !rest.isEmpty else { throw SessionError("expected an id and then text", help: "write it as `\(usage)`") }
        return (String(id), rest)
    }
}

extension StringProtocol {
    /// The text with every `target` replaced (without Foundation).
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }

    /// Where `needle` first occurs in `range`, if it does.
    func range(of needle: String, range: Range<Index>) -> Range<Index>? {
        var index = range.lowerBound
        while index < range.upperBound {
            if self[index...].hasPrefix(needle), let end = self.index(index, offsetBy: needle.count, limitedBy: range.upperBound) {
                return index..<end
            }
            index = self.index(after: index)
        }
        return nil
    }
}
