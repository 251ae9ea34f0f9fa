#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The members of one journal line, found in one pass over its bytes and
/// checked as JSON on the way, then taken as the event needs them: numbers
/// and times are read at once, text stays where it is in the line until it
/// is asked for, so a line costs a `String` only for each text it keeps.
/// The few nested members (a step's definition, a ballot's marks …) are
/// read as `JSONValue`. Unknown members are checked and ignored, so newer
/// fields do not break reading.
///
/// One `JournalFields` reads a whole journal, line after line: it keeps the
/// values that repeat from one line to the next (`RepeatedValues`), and its
/// table of members is reused, each entry stamped with the line it came from.
struct JournalFields {
    /// The members a journal line can have, and how each is read.
    enum Field: Int, CaseIterable {
        case n, a, at, type, id, collection, stage, step, text, tag, name, themes, theme, from, into, vote, voter
        case grid, item, how, plan, idea, owner, firstStep, due, reason, note, sha256
        case index, x, y, action, ballots
        case definition, loop, marks, counts, options, items, order, changes
        case unknown

        enum Kind { case integer, time, text, nested, ignored }

        var kind: Kind {
            switch self {
            case .n, .a, .index, .x, .y, .action, .ballots: .integer
            case .at: .time
            case .definition, .loop, .marks, .counts, .options, .items, .order, .changes: .nested
            case .unknown: .ignored
            default: .text
            }
        }
    }

    /// What a member of the current line held.
    private enum Content {
        case null
        /// Text without escapes, between its quotes at these offsets.
        case plainText(start: Int, end: Int)
        /// Text holding escapes, decoded when asked for.
        case escapedText(quote: Int)
        case integer(Int)
        case time(Timestamp)
        /// An index into `nested`.
        case nested(Int)
    }

    private struct Member {
        /// The line the member was read from; older entries are absent.
        var line: UInt32
        var content: Content
    }

    private var members = [Member](repeating: Member(line: 0, content: .null), count: Field.allCases.count)
    private var nested: [JSONValue] = []
    private var lineNumber: UInt32 = 0
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var repeated = RepeatedValues()
    /// The members of the last line read in full, in order: the next lines
    /// are most likely written the same way.
    private var lastKeys: [Field] = []
    /// Per field, the bytes that bring in its member after another (`,"name":`),
    /// in slots of `introductionSlot` bytes; a mask of 0xFF over each of those
    /// bytes, so a slot is compared with a line as two words; and how many
    /// bytes there are. A slot's spare bytes are 0: a slot holds the longest
    /// introduction (14 bytes) and the two words read from it, from its first
    /// byte or (for a line's first member, without the comma) its second.
    private let introductions: [UInt8]
    private let introductionMasks: [UInt8]
    private let introductionLengths: [Int]
    private static let introductionSlot = 24

    init() {
        let size = Field.allCases.count * Self.introductionSlot
        var introductions = [UInt8](repeating: 0, count: size)
        var masks = [UInt8](repeating: 0, count: size)
        var lengths: [Int] = []
        for field in Field.allCases {
            let bytes = Array(",\"\(field.key)\":".utf8)
            let slot = field.rawValue * Self.introductionSlot
            introductions.replaceSubrange(slot..<slot + bytes.count, with: bytes)
            masks.replaceSubrange(slot..<slot + bytes.count, with: repeatElement(0xFF, count: bytes.count))
            lengths.append(bytes.count)
        }
        self.introductions = introductions
        self.introductionMasks = masks
        self.introductionLengths = lengths
    }

    /// Reads the members of the next line. The bytes must stay valid until
    /// the next line is read.
    mutating func read(_ line: UnsafeBufferPointer<UInt8>) throws(JSONParseError) {
        bytes = line
        lineNumber &+= 1
        if readLaidOutAsLast(line) { return }
        // Forget what the quick pass noted before it gave up.
        lineNumber &+= 1
        try readInFull(line)
    }

    /// Reads any line, checking it as JSON, and notes its keys for the lines after it.
    private mutating func readInFull(_ line: UnsafeBufferPointer<UInt8>) throws(JSONParseError) {
        if !nested.isEmpty { nested.removeAll(keepingCapacity: true) }
        lastKeys.removeAll(keepingCapacity: true)
        var reader = JSONReader(bytes: line)
        try reader.openObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            let field = Self.field(key)
            lastKeys.append(field)
            let content: Content
            switch field.kind {
            case .integer:
                content = .integer(try reader.integer())
            case .time:
                content = .time(try reader.timestamp(reusing: &repeated.time))
            case .text:
                guard let span = try reader.optionalStringSpan() else {
                    content = .null
                    break
                }
                content = span.escaped ? .escapedText(quote: span.range.lowerBound - 1)
                    : .plainText(start: span.range.lowerBound, end: span.range.upperBound)
            case .nested:
                nested.append(try reader.anyValue())
                content = .nested(nested.count - 1)
            case .ignored:
                _ = try reader.anyValue()
                continue
            }
            members[field.rawValue] = Member(line: lineNumber, content: content)
        }
        try reader.finish()
    }

    /// Reads a line written as compactly as the writer writes it, with the
    /// same members in the same order as the last line read in full and
    /// nothing in them but whole numbers, times and text without escapes:
    /// nearly every line of a journal. Each member is checked as `readInFull`
    /// checks it. False, as soon as the line is laid out otherwise.
    private mutating func readLaidOutAsLast(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !lastKeys.isEmpty, let base = line.baseAddress, line.count > 1, base[0] == UInt8(ascii: "{") else { return false }
        // The tables are reached through pointers taken once per line: this loop runs for nearly every member of the journal.
        let stamp = lineNumber
        var minute = repeated.time
        defer { repeated.time = minute }
        return lastKeys.withUnsafeBufferPointer { keys in
            introductions.withUnsafeBufferPointer { introductions in
                introductionMasks.withUnsafeBufferPointer { masks in
                    introductionLengths.withUnsafeBufferPointer { lengths in
                        members.withUnsafeMutableBufferPointer { members in
                            Self.readMembers(
                                of: line, keys: keys, introductions: introductions, masks: masks, lengths: lengths,
                                into: members, stamp: stamp, minute: &minute)
                        }
                    }
                }
            }
        }
    }

    /// The loop of `readLaidOutAsLast`.
    private static func readMembers(
        of line: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<Field>, introductions: UnsafeBufferPointer<UInt8>,
        masks: UnsafeBufferPointer<UInt8>, lengths: UnsafeBufferPointer<Int>, into members: UnsafeMutableBufferPointer<Member>, stamp: UInt32,
        minute: inout RepeatedValues.Minute
    ) -> Bool {
        let base = line.baseAddress!
        let end = line.count
        var position = 1
        for index in 0..<keys.count {
            let field = keys[index]
            // The first member has no comma before it.
            let skipped = index == 0 ? 1 : 0
            let length = lengths[field.rawValue] - skipped
            let slot = field.rawValue * introductionSlot + skipped
            guard field != .unknown, end - position > length,
                  matches(base + position, available: end - position, introductions.baseAddress! + slot, masks.baseAddress! + slot, length)
            else { return false }
            position += length
            let content: Content
            switch field.kind {
            case .integer:
                let start = position
                var value = 0
                while position < end, position - start < 15, base[position] >= UInt8(ascii: "0"), base[position] <= UInt8(ascii: "9") {
                    value = value * 10 + Int(base[position] - UInt8(ascii: "0"))
                    position += 1
                }
                guard position > start, position < end, !JSONReader.isNumberByte(base[position]) else { return false }
                content = .integer(value)
            case .time, .text:
                guard base[position] == UInt8(ascii: "\"") else { return false }
                let start = position + 1
                position = JSONReader.plainRunEnd(in: line, from: start)
                guard position < end, base[position] == UInt8(ascii: "\"") else { return false }
                if field.kind == .text {
                    content = .plainText(start: start, end: position)
                } else {
                    guard let time = minute.time(UnsafeBufferPointer(start: base + start, count: position - start)) else { return false }
                    content = .time(time)
                }
                position += 1
            case .nested, .ignored:
                return false
            }
            members[field.rawValue] = Member(line: stamp, content: content)
        }
        return position == end - 1 && base[position] == UInt8(ascii: "}")
    }

    /// Whether the line's bytes at `text` start with an introduction: as two
    /// words under its mask when the line has sixteen bytes left, else byte by byte.
    @inline(__always)
    private static func matches(
        _ text: UnsafePointer<UInt8>, available: Int, _ introduction: UnsafePointer<UInt8>, _ mask: UnsafePointer<UInt8>, _ length: Int
    ) -> Bool {
        guard available >= 16 else { return memcmp(text, introduction, length) == 0 }
        func word(_ pointer: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
            UnsafeRawPointer(pointer + offset).loadUnaligned(as: UInt64.self)
        }
        return (word(text, 0) ^ word(introduction, 0)) & word(mask, 0) == 0
            && (word(text, 8) ^ word(introduction, 8)) & word(mask, 8) == 0
    }

    private func content(_ field: Field) -> Content? {
        let member = members[field.rawValue]
        return member.line == lineNumber ? member.content : nil
    }

    /// A whole-number member, or nil when the line has none.
    func integer(_ field: Field) -> Int? {
        guard case .integer(let value) = content(field) else { return nil }
        return value
    }

    /// A time member, or nil when the line has none.
    func time(_ field: Field) -> Timestamp? {
        guard case .time(let value) = content(field) else { return nil }
        return value
    }

    /// A nested member as JSON, or nil when the line has none.
    func nested(_ field: Field) -> JSONValue? {
        guard case .nested(let index) = content(field) else { return nil }
        return nested[index]
    }

    /// A text member, or nil when the line has none or it is `null`. The
    /// members that mostly repeat from line to line give back the last
    /// line's `String` when their bytes are the same.
    mutating func text(_ field: Field) -> String? {
        switch content(field) {
        case let .plainText(start, end):
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let make = { String(decoding: raw, as: UTF8.self) }
            switch field {
            case .type: return repeated.type.string(for: raw, make: make)
            case .collection: return repeated.collection.string(for: raw, make: make)
            case .stage: return repeated.stage.string(for: raw, make: make)
            case .step: return repeated.step.string(for: raw, make: make)
            case .tag: return repeated.tag.string(for: raw, make: make)
            case .vote: return repeated.vote.string(for: raw, make: make)
            default: return make()
            }
        case .escapedText(let quote):
            var reader = JSONReader(bytes: bytes)
            reader.position = quote
            // Checked when the line was read, so it decodes.
            return try? reader.string()
        default:
            return nil
        }
    }

    /// Which member a key names, by its length and first letter and then
    /// its bytes, so no string is made for it.
    static func field(_ key: UnsafeBufferPointer<UInt8>) -> Field {
        guard let first = key.first else { return .unknown }
        let candidate: Field
        switch (key.count, first) {
        case (1, UInt8(ascii: "n")): candidate = .n
        case (1, UInt8(ascii: "a")): candidate = .a
        case (1, UInt8(ascii: "x")): candidate = .x
        case (1, UInt8(ascii: "y")): candidate = .y
        case (2, UInt8(ascii: "a")): candidate = .at
        case (2, UInt8(ascii: "i")): candidate = .id
        case (3, UInt8(ascii: "t")): candidate = .tag
        case (3, UInt8(ascii: "h")): candidate = .how
        case (3, UInt8(ascii: "d")): candidate = .due
        case (4, UInt8(ascii: "t")): candidate = key[1] == UInt8(ascii: "y") ? .type : .text
        case (4, UInt8(ascii: "s")): candidate = .step
        case (4, UInt8(ascii: "n")): candidate = key[1] == UInt8(ascii: "a") ? .name : .note
        case (4, UInt8(ascii: "f")): candidate = .from
        case (4, UInt8(ascii: "i")): candidate = key[1] == UInt8(ascii: "n") ? .into : key[1] == UInt8(ascii: "t") ? .item : .idea
        case (4, UInt8(ascii: "v")): candidate = .vote
        case (4, UInt8(ascii: "g")): candidate = .grid
        case (4, UInt8(ascii: "p")): candidate = .plan
        case (4, UInt8(ascii: "l")): candidate = .loop
        case (5, UInt8(ascii: "s")): candidate = .stage
        case (5, UInt8(ascii: "t")): candidate = .theme
        case (5, UInt8(ascii: "v")): candidate = .voter
        case (5, UInt8(ascii: "o")): candidate = key[1] == UInt8(ascii: "w") ? .owner : .order
        case (5, UInt8(ascii: "i")): candidate = key[1] == UInt8(ascii: "n") ? .index : .items
        case (5, UInt8(ascii: "m")): candidate = .marks
        case (6, UInt8(ascii: "t")): candidate = .themes
        case (6, UInt8(ascii: "r")): candidate = .reason
        case (6, UInt8(ascii: "s")): candidate = .sha256
        case (6, UInt8(ascii: "a")): candidate = .action
        case (6, UInt8(ascii: "c")): candidate = .counts
        case (7, UInt8(ascii: "b")): candidate = .ballots
        case (7, UInt8(ascii: "o")): candidate = .options
        case (7, UInt8(ascii: "c")): candidate = .changes
        case (10, UInt8(ascii: "c")): candidate = .collection
        case (10, UInt8(ascii: "f")): candidate = .firstStep
        case (10, UInt8(ascii: "d")): candidate = .definition
        default: return .unknown
        }
        return equal(key, candidate.key) ? candidate : .unknown
    }

    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let bytes = name.utf8Start
        for index in 0..<key.count where key[index] != bytes[index] { return false }
        return true
    }
}

extension JournalFields.Field {
    /// The member's name in a journal line.
    var key: StaticString {
        switch self {
        case .n: "n"
        case .a: "a"
        case .at: "at"
        case .type: "type"
        case .id: "id"
        case .collection: "collection"
        case .stage: "stage"
        case .step: "step"
        case .text: "text"
        case .tag: "tag"
        case .name: "name"
        case .themes: "themes"
        case .theme: "theme"
        case .from: "from"
        case .into: "into"
        case .vote: "vote"
        case .voter: "voter"
        case .grid: "grid"
        case .item: "item"
        case .how: "how"
        case .plan: "plan"
        case .idea: "idea"
        case .owner: "owner"
        case .firstStep: "first-step"
        case .due: "due"
        case .reason: "reason"
        case .note: "note"
        case .sha256: "sha256"
        case .index: "index"
        case .x: "x"
        case .y: "y"
        case .action: "action"
        case .ballots: "ballots"
        case .definition: "definition"
        case .loop: "loop"
        case .marks: "marks"
        case .counts: "counts"
        case .options: "options"
        case .items: "items"
        case .order: "order"
        case .changes: "changes"
        case .unknown: ""
        }
    }
}
