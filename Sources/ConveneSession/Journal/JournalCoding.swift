/// Why a journal line could not be understood.
public struct JournalDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Turns journal headers and records into JSON and back. Field names are
/// short but readable; the shape is versioned by `JournalHeader.currentVersion`.
public enum JournalCoding {
    // MARK: Header

    public static func encode(_ header: JournalHeader) -> JSONValue {
        .object([
            ("type", "header"),
            ("format", .string(JournalHeader.format)),
            ("version", .int(header.version)),
            ("script", .string(header.scriptPath)),
            ("sha256", .string(header.scriptSHA256)),
            ("title", .string(header.title)),
            ("seed", .string(String(header.seed))),
            ("params", .object(header.parameters.map { ($0.name, .string($0.value)) })),
            ("utc-offset-minutes", .int(header.utcOffsetMinutes)),
            ("started", .string(header.started.iso8601)),
        ])
    }

    public static func decodeHeader(_ json: JSONValue) throws(JournalDecodingError) -> JournalHeader {
        guard json["type"]?.stringValue == "header", json["format"]?.stringValue == JournalHeader.format else {
            throw JournalDecodingError("the first line is not a Convene journal header")
        }
        guard let version = json["version"]?.intValue else { throw JournalDecodingError("the header has no version") }
        guard version <= JournalHeader.currentVersion else {
            throw JournalDecodingError("the journal is format version \(version); this convene reads up to version \(JournalHeader.currentVersion)")
        }
        let parameters = (json["params"]?.objectValue ?? []).map { ParameterSetting(name: $0.0, value: $0.1.stringValue ?? "") }
        return JournalHeader(
            version: version,
            scriptPath: try string(json, "script"),
            scriptSHA256: try string(json, "sha256"),
            title: json["title"]?.stringValue ?? "",
            seed: UInt64(try string(json, "seed")) ?? 0,
            parameters: parameters,
            utcOffsetMinutes: json["utc-offset-minutes"]?.intValue ?? 0,
            started: try time(json, "started")
        )
    }

    // MARK: Records

    public static func encode(_ record: JournalRecord) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("n", .int(record.sequence)), ("a", .int(record.action)), ("at", .string(record.time.iso8601)),
        ]
        fields.append(contentsOf: encode(record.event))
        return .object(fields)
    }

    /// Reads one journal line (after the header) straight from its bytes.
    public static func decodeRecord(_ line: UnsafeBufferPointer<UInt8>) throws(JournalDecodingError) -> JournalRecord {
        var fields = JournalFields()
        return try decodeRecord(line, fields: &fields)
    }

    /// Reads one journal line with the fields that read the lines before it,
    /// reusing their strings where they repeat.
    static func decodeRecord(_ line: UnsafeBufferPointer<UInt8>, fields: inout JournalFields) throws(JournalDecodingError) -> JournalRecord {
        do {
            try fields.read(line)
        } catch {
            throw JournalDecodingError(error.description)
        }
        guard let sequence = fields.integer(.n), let action = fields.integer(.a) else {
            throw JournalDecodingError("an event has no sequence number")
        }
        guard let time = fields.time(.at) else { throw JournalDecodingError("an event has no time") }
        return JournalRecord(sequence: sequence, action: action, time: time, event: try decodeEvent(&fields))
    }

    private static func encode(_ event: JournalEvent) -> [(String, JSONValue)] {
        switch event {
        case let .entered(stage, index, step, definition):
            return [("type", "entered"), ("stage", .string(stage)), ("index", .int(index)), ("step", .string(step)), ("definition", definition)]
        case let .itemAdded(id, collection, stage, step, text, tag, loop):
            var fields: [(String, JSONValue)] = [
                ("type", "item"), ("id", .string(id)), ("collection", .string(collection)), ("stage", .string(stage)),
                ("step", .string(step)), ("text", .string(text)),
            ]
            if let tag { fields.append(("tag", .string(tag))) }
            if !loop.isEmpty { fields.append(("loop", .array(loop.map(encode)))) }
            return fields
        case let .itemEdited(id, text, tag):
            var fields: [(String, JSONValue)] = [("type", "edit"), ("id", .string(id)), ("text", .string(text))]
            if let tag { fields.append(("tag", .string(tag))) }
            return fields
        case let .removed(id):
            return [("type", "remove"), ("id", .string(id))]
        case let .themeCreated(id, name, themes):
            return [("type", "theme"), ("id", .string(id)), ("name", .string(name)), ("themes", .string(themes))]
        case let .themeRenamed(id, name):
            return [("type", "rename"), ("id", .string(id)), ("name", .string(name))]
        case let .itemsMoved(items, theme):
            return [("type", "move"), ("items", .strings(items)), ("theme", .string(theme))]
        case let .themesMerged(from, into):
            return [("type", "merge"), ("from", .string(from)), ("into", .string(into))]
        case let .ballotCast(id, vote, voter, marks):
            var fields: [(String, JSONValue)] = [("type", "ballot"), ("id", .string(id)), ("vote", .string(vote))]
            if let voter { fields.append(("voter", .string(voter))) }
            fields.append(("marks", encode(marks)))
            return fields
        case let .tallyRecorded(vote, counts):
            return [("type", "tally"), ("vote", .string(vote)), ("counts", encode(counts))]
        case let .tiesOrdered(vote, order):
            return [("type", "order"), ("vote", .string(vote)), ("order", .strings(order))]
        case let .voteCounted(vote, options, ballots, note):
            var fields: [(String, JSONValue)] = [
                ("type", "counted"), ("vote", .string(vote)), ("ballots", .int(ballots)),
                ("options", .array(options.map(encode))),
            ]
            if let note { fields.append(("note", .string(note))) }
            return fields
        case let .voteReopened(vote, reason):
            return [("type", "reopened"), ("vote", .string(vote)), ("reason", .string(reason))]
        case let .placed(grid, item, x, y, how):
            return [("type", "place"), ("grid", .string(grid)), ("item", .string(item)), ("x", .int(x)), ("y", .int(y)), ("how", .string(how))]
        case let .actionSet(plan, idea, owner, firstStep, due):
            var fields: [(String, JSONValue)] = [("type", "action"), ("plan", .string(plan)), ("idea", .string(idea))]
            if let owner { fields.append(("owner", .string(owner))) }
            if let firstStep { fields.append(("first-step", .string(firstStep))) }
            if let due { fields.append(("due", .string(due))) }
            return fields
        case let .noted(id, text):
            return [("type", "note"), ("id", .string(id)), ("text", .string(text))]
        case let .paused(reason):
            return [("type", "pause")] + (reason.map { [("reason", JSONValue.string($0))] } ?? [])
        case .resumed:
            return [("type", "resume")]
        case let .undone(action):
            return [("type", "undo"), ("action", .int(action))]
        case .finished:
            return [("type", "finish")]
        case let .scriptChanged(sha256, changes):
            return [("type", "script-changed"), ("sha256", .string(sha256)), ("changes", .strings(changes))]
        }
    }

    static func decodeEvent(_ fields: inout JournalFields) throws(JournalDecodingError) -> JournalEvent {
        let type = try need(fields.text(.type), "type")
        switch type {
        case "entered":
            return .entered(
                stage: try need(fields.text(.stage), "stage"), index: try need(fields.integer(.index), "index"),
                step: try need(fields.text(.step), "step"), definition: fields.nested(.definition) ?? .null)
        case "item":
            let loop = try (fields.nested(.loop)?.arrayValue ?? []).map { (value) throws(JournalDecodingError) in try decodeBinding(value) }
            return .itemAdded(
                id: try need(fields.text(.id), "id"), collection: try need(fields.text(.collection), "collection"),
                stage: try need(fields.text(.stage), "stage"), step: try need(fields.text(.step), "step"),
                text: try need(fields.text(.text), "text"), tag: fields.text(.tag), loop: loop)
        case "edit":
            return .itemEdited(id: try need(fields.text(.id), "id"), text: try need(fields.text(.text), "text"), tag: fields.text(.tag))
        case "remove":
            return .removed(id: try need(fields.text(.id), "id"))
        case "theme":
            return .themeCreated(
                id: try need(fields.text(.id), "id"), name: try need(fields.text(.name), "name"), themes: try need(fields.text(.themes), "themes"))
        case "rename":
            return .themeRenamed(id: try need(fields.text(.id), "id"), name: try need(fields.text(.name), "name"))
        case "move":
            return .itemsMoved(items: try strings(fields.nested(.items), "items"), theme: try need(fields.text(.theme), "theme"))
        case "merge":
            return .themesMerged(from: try need(fields.text(.from), "from"), into: try need(fields.text(.into), "into"))
        case "ballot":
            guard let marks = fields.nested(.marks) else { throw JournalDecodingError("a ballot has no marks") }
            return .ballotCast(
                id: try need(fields.text(.id), "id"), vote: try need(fields.text(.vote), "vote"), voter: fields.text(.voter),
                marks: try decodeMarks(marks))
        case "tally":
            return .tallyRecorded(vote: try need(fields.text(.vote), "vote"), counts: try decodeCounts(fields.nested(.counts)))
        case "order":
            return .tiesOrdered(vote: try need(fields.text(.vote), "vote"), order: try strings(fields.nested(.order), "order"))
        case "counted":
            let options = try (fields.nested(.options)?.arrayValue ?? []).map { (value) throws(JournalDecodingError) in
                CountedOption(
                    id: try string(value, "id"), label: try string(value, "label"),
                    score: value["score"]?.numberValue ?? 0, kept: value["kept"]?.boolValue ?? false)
            }
            return .voteCounted(
                vote: try need(fields.text(.vote), "vote"), options: options, ballots: fields.integer(.ballots) ?? 0,
                note: fields.text(.note))
        case "reopened":
            return .voteReopened(vote: try need(fields.text(.vote), "vote"), reason: try need(fields.text(.reason), "reason"))
        case "place":
            return .placed(
                grid: try need(fields.text(.grid), "grid"), item: try need(fields.text(.item), "item"),
                x: try need(fields.integer(.x), "x"), y: try need(fields.integer(.y), "y"), how: fields.text(.how) ?? "place")
        case "action":
            return .actionSet(
                plan: try need(fields.text(.plan), "plan"), idea: try need(fields.text(.idea), "idea"), owner: fields.text(.owner),
                firstStep: fields.text(.firstStep), due: fields.text(.due))
        case "note":
            return .noted(id: try need(fields.text(.id), "id"), text: try need(fields.text(.text), "text"))
        case "pause":
            return .paused(reason: fields.text(.reason))
        case "resume":
            return .resumed
        case "undo":
            return .undone(action: try need(fields.integer(.action), "action"))
        case "finish":
            return .finished
        case "script-changed":
            return .scriptChanged(sha256: try need(fields.text(.sha256), "sha256"), changes: try strings(fields.nested(.changes), "changes"))
        default:
            throw JournalDecodingError("unknown event type `\(type)`")
        }
    }

    // MARK: Parts

    /// A field the event cannot do without. Inlined: it runs for nearly every member read.
    @inline(__always)
    private static func need<Value>(_ value: Value?, _ key: StaticString) throws(JournalDecodingError) -> Value {
        guard let value else { throw missing(key) }
        return value
    }

    private static func missing(_ key: StaticString) -> JournalDecodingError {
        JournalDecodingError("missing field `\(key)`")
    }

    private static func encode(_ binding: LoopBinding) -> JSONValue {
        var fields: [(String, JSONValue)] = [("var", .string(binding.variable)), ("text", .string(binding.text))]
        if let reference = binding.reference { fields.append(("ref", .string(reference))) }
        return .object(fields)
    }

    private static func decodeBinding(_ json: JSONValue) throws(JournalDecodingError) -> LoopBinding {
        LoopBinding(variable: try string(json, "var"), text: try string(json, "text"), reference: json["ref"]?.stringValue)
    }

    /// Marks as the journal and session.json hold them: `{"points": {"t1": 2}}`, `{"ranking": ["t2", "t1"]}` ….
    static func encode(_ marks: OptionMarks) -> JSONValue {
        switch marks {
        case .points(let counts): .object([("points", encode(counts))])
        case .approvals(let options): .object([("approvals", .strings(options))])
        case .ranking(let options): .object([("ranking", .strings(options))])
        case .choice(let option): .object([("choice", .string(option))])
        }
    }

    private static func decodeMarks(_ json: JSONValue) throws(JournalDecodingError) -> OptionMarks {
        if let points = json["points"] { return .points(try decodeCounts(points)) }
        if json["approvals"] != nil { return .approvals(try strings(json, "approvals")) }
        if json["ranking"] != nil { return .ranking(try strings(json, "ranking")) }
        if let choice = json["choice"]?.stringValue { return .choice(choice) }
        throw JournalDecodingError("a ballot's marks are not points, approvals, a ranking or a choice")
    }

    private static func encode(_ counts: [OptionCount]) -> JSONValue {
        .object(counts.map { ($0.option, .int($0.count)) })
    }

    private static func decodeCounts(_ json: JSONValue?) throws(JournalDecodingError) -> [OptionCount] {
        guard let pairs = json?.objectValue else { throw JournalDecodingError("expected counts per option") }
        return try pairs.map { (pair) throws(JournalDecodingError) in
            guard let count = pair.1.intValue else { throw JournalDecodingError("the count for `\(pair.0)` is not a whole number") }
            return OptionCount(option: pair.0, count: count)
        }
    }

    private static func encode(_ option: CountedOption) -> JSONValue {
        .object([("id", .string(option.id)), ("label", .string(option.label)), ("score", .number(option.score)), ("kept", .bool(option.kept))])
    }

    private static func string(_ json: JSONValue, _ key: String) throws(JournalDecodingError) -> String {
        guard let value = json[key]?.stringValue else { throw JournalDecodingError("missing text field `\(key)`") }
        return value
    }

    private static func int(_ json: JSONValue, _ key: String) throws(JournalDecodingError) -> Int {
        guard let value = json[key]?.intValue else { throw JournalDecodingError("missing number field `\(key)`") }
        return value
    }

    private static func strings(_ json: JSONValue, _ key: String) throws(JournalDecodingError) -> [String] {
        try strings(json[key], key)
    }

    private static func strings(_ value: JSONValue?, _ key: String) throws(JournalDecodingError) -> [String] {
        guard let values = value?.arrayValue else { throw JournalDecodingError("missing list field `\(key)`") }
        return try values.map { (value) throws(JournalDecodingError) in
            guard let text = value.stringValue else { throw JournalDecodingError("field `\(key)` should hold text") }
            return text
        }
    }

    private static func time(_ json: JSONValue, _ key: String) throws(JournalDecodingError) -> Timestamp {
        guard let text = json[key]?.stringValue, let time = Timestamp(iso8601: text) else {
            throw JournalDecodingError("missing or malformed time `\(key)`")
        }
        return time
    }
}
