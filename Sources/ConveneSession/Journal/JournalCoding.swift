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

    public static func decodeRecord(_ json: JSONValue) throws(JournalDecodingError) -> JournalRecord {
        guard let sequence = json["n"]?.intValue, let action = json["a"]?.intValue else {
            throw JournalDecodingError("an event has no sequence number")
        }
        return JournalRecord(sequence: sequence, action: action, time: try time(json, "at"), event: try decodeEvent(json))
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

    private static func decodeEvent(_ json: JSONValue) throws(JournalDecodingError) -> JournalEvent {
        let type = try string(json, "type")
        switch type {
        case "entered":
            return .entered(
                stage: try string(json, "stage"), index: try int(json, "index"), step: try string(json, "step"),
                definition: json["definition"] ?? .null)
        case "item":
            let loop = try (json["loop"]?.arrayValue ?? []).map { (value) throws(JournalDecodingError) in try decodeBinding(value) }
            return .itemAdded(
                id: try string(json, "id"), collection: try string(json, "collection"), stage: try string(json, "stage"),
                step: try string(json, "step"), text: try string(json, "text"), tag: json["tag"]?.stringValue, loop: loop)
        case "edit":
            return .itemEdited(id: try string(json, "id"), text: try string(json, "text"), tag: json["tag"]?.stringValue)
        case "remove":
            return .removed(id: try string(json, "id"))
        case "theme":
            return .themeCreated(id: try string(json, "id"), name: try string(json, "name"), themes: try string(json, "themes"))
        case "rename":
            return .themeRenamed(id: try string(json, "id"), name: try string(json, "name"))
        case "move":
            return .itemsMoved(items: try strings(json, "items"), theme: try string(json, "theme"))
        case "merge":
            return .themesMerged(from: try string(json, "from"), into: try string(json, "into"))
        case "ballot":
            guard let marks = json["marks"] else { throw JournalDecodingError("a ballot has no marks") }
            return .ballotCast(
                id: try string(json, "id"), vote: try string(json, "vote"), voter: json["voter"]?.stringValue,
                marks: try decodeMarks(marks))
        case "tally":
            return .tallyRecorded(vote: try string(json, "vote"), counts: try decodeCounts(json["counts"]))
        case "order":
            return .tiesOrdered(vote: try string(json, "vote"), order: try strings(json, "order"))
        case "counted":
            let options = try (json["options"]?.arrayValue ?? []).map { (value) throws(JournalDecodingError) in
                CountedOption(
                    id: try string(value, "id"), label: try string(value, "label"),
                    score: value["score"]?.numberValue ?? 0, kept: value["kept"]?.boolValue ?? false)
            }
            return .voteCounted(
                vote: try string(json, "vote"), options: options, ballots: json["ballots"]?.intValue ?? 0,
                note: json["note"]?.stringValue)
        case "place":
            return .placed(
                grid: try string(json, "grid"), item: try string(json, "item"), x: try int(json, "x"), y: try int(json, "y"),
                how: json["how"]?.stringValue ?? "place")
        case "action":
            return .actionSet(
                plan: try string(json, "plan"), idea: try string(json, "idea"), owner: json["owner"]?.stringValue,
                firstStep: json["first-step"]?.stringValue, due: json["due"]?.stringValue)
        case "note":
            return .noted(id: try string(json, "id"), text: try string(json, "text"))
        case "pause":
            return .paused(reason: json["reason"]?.stringValue)
        case "resume":
            return .resumed
        case "undo":
            return .undone(action: try int(json, "action"))
        case "finish":
            return .finished
        case "script-changed":
            return .scriptChanged(sha256: try string(json, "sha256"), changes: try strings(json, "changes"))
        default:
            throw JournalDecodingError("unknown event type `\(type)`")
        }
    }

    // MARK: Parts

    private static func encode(_ binding: LoopBinding) -> JSONValue {
        var fields: [(String, JSONValue)] = [("var", .string(binding.variable)), ("text", .string(binding.text))]
        if let reference = binding.reference { fields.append(("ref", .string(reference))) }
        return .object(fields)
    }

    private static func decodeBinding(_ json: JSONValue) throws(JournalDecodingError) -> LoopBinding {
        LoopBinding(variable: try string(json, "var"), text: try string(json, "text"), reference: json["ref"]?.stringValue)
    }

    private static func encode(_ marks: OptionMarks) -> JSONValue {
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
        guard let values = json[key]?.arrayValue else { throw JournalDecodingError("missing list field `\(key)`") }
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
