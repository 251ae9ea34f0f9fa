/// The members of one journal line, read straight from its bytes: plain
/// fields become Swift values at once, and only the few nested ones
/// (a step's definition, a ballot's marks …) go through `JSONValue`.
/// Unknown members are read and ignored, so newer fields do not break reading.
struct JournalFields {
    var n: Int?
    var a: Int?
    var at: Timestamp?
    var type: String?
    var id: String?
    var collection: String?
    var stage: String?
    var step: String?
    var text: String?
    var tag: String?
    var name: String?
    var themes: String?
    var theme: String?
    var from: String?
    var into: String?
    var vote: String?
    var voter: String?
    var grid: String?
    var item: String?
    var how: String?
    var plan: String?
    var idea: String?
    var owner: String?
    var firstStep: String?
    var due: String?
    var reason: String?
    var note: String?
    var sha256: String?
    var index: Int?
    var x: Int?
    var y: Int?
    var action: Int?
    var ballots: Int?
    var definition: JSONValue?
    var loop: JSONValue?
    var marks: JSONValue?
    var counts: JSONValue?
    var options: JSONValue?
    var items: JSONValue?
    var order: JSONValue?
    var changes: JSONValue?

    /// Reads a line; `repeated` carries values over from the lines before.
    init(_ line: UnsafeBufferPointer<UInt8>, repeated: inout RepeatedValues) throws(JSONParseError) {
        var reader = JSONReader(bytes: line)
        try reader.openObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            try read(Self.field(key), from: &reader, repeated: &repeated)
        }
        try reader.finish()
    }

    /// The members a journal line can have.
    enum Field {
        case n, a, at, type, id, collection, stage, step, text, tag, name, themes, theme, from, into, vote, voter
        case grid, item, how, plan, idea, owner, firstStep, due, reason, note, sha256
        case index, x, y, action, ballots
        case definition, loop, marks, counts, options, items, order, changes
        case unknown
    }

    private mutating func read(_ field: Field, from reader: inout JSONReader, repeated: inout RepeatedValues) throws(JSONParseError) {
        switch field {
        case .n: n = try reader.integer()
        case .a: a = try reader.integer()
        case .at: at = try reader.timestamp(reusing: &repeated.time)
        case .type: type = try reader.optionalString(reusing: &repeated.type)
        case .id: id = try reader.optionalString()
        case .collection: collection = try reader.optionalString(reusing: &repeated.collection)
        case .stage: stage = try reader.optionalString(reusing: &repeated.stage)
        case .step: step = try reader.optionalString(reusing: &repeated.step)
        case .text: text = try reader.optionalString()
        case .tag: tag = try reader.optionalString(reusing: &repeated.tag)
        case .name: name = try reader.optionalString()
        case .themes: themes = try reader.optionalString()
        case .theme: theme = try reader.optionalString()
        case .from: from = try reader.optionalString()
        case .into: into = try reader.optionalString()
        case .vote: vote = try reader.optionalString(reusing: &repeated.vote)
        case .voter: voter = try reader.optionalString()
        case .grid: grid = try reader.optionalString()
        case .item: item = try reader.optionalString()
        case .how: how = try reader.optionalString()
        case .plan: plan = try reader.optionalString()
        case .idea: idea = try reader.optionalString()
        case .owner: owner = try reader.optionalString()
        case .firstStep: firstStep = try reader.optionalString()
        case .due: due = try reader.optionalString()
        case .reason: reason = try reader.optionalString()
        case .note: note = try reader.optionalString()
        case .sha256: sha256 = try reader.optionalString()
        case .index: index = try reader.integer()
        case .x: x = try reader.integer()
        case .y: y = try reader.integer()
        case .action: action = try reader.integer()
        case .ballots: ballots = try reader.integer()
        case .definition: definition = try reader.anyValue()
        case .loop: loop = try reader.anyValue()
        case .marks: marks = try reader.anyValue()
        case .counts: counts = try reader.anyValue()
        case .options: options = try reader.anyValue()
        case .items: items = try reader.anyValue()
        case .order: order = try reader.anyValue()
        case .changes: changes = try reader.anyValue()
        case .unknown: _ = try reader.anyValue()
        }
    }

    /// Which member a key names, by its length and then its bytes, so no
    /// string is made for it.
    static func field(_ key: UnsafeBufferPointer<UInt8>) -> Field {
        switch key.count {
        case 1:
            if equal(key, "n") { return .n }
            if equal(key, "a") { return .a }
            if equal(key, "x") { return .x }
            if equal(key, "y") { return .y }
        case 2:
            if equal(key, "at") { return .at }
            if equal(key, "id") { return .id }
        case 3:
            if equal(key, "tag") { return .tag }
            if equal(key, "how") { return .how }
            if equal(key, "due") { return .due }
        case 4:
            if equal(key, "type") { return .type }
            if equal(key, "step") { return .step }
            if equal(key, "text") { return .text }
            if equal(key, "name") { return .name }
            if equal(key, "from") { return .from }
            if equal(key, "into") { return .into }
            if equal(key, "vote") { return .vote }
            if equal(key, "grid") { return .grid }
            if equal(key, "item") { return .item }
            if equal(key, "plan") { return .plan }
            if equal(key, "idea") { return .idea }
            if equal(key, "note") { return .note }
            if equal(key, "loop") { return .loop }
        case 5:
            if equal(key, "stage") { return .stage }
            if equal(key, "theme") { return .theme }
            if equal(key, "voter") { return .voter }
            if equal(key, "owner") { return .owner }
            if equal(key, "index") { return .index }
            if equal(key, "marks") { return .marks }
            if equal(key, "items") { return .items }
            if equal(key, "order") { return .order }
        case 6:
            if equal(key, "themes") { return .themes }
            if equal(key, "reason") { return .reason }
            if equal(key, "sha256") { return .sha256 }
            if equal(key, "action") { return .action }
            if equal(key, "counts") { return .counts }
        case 7:
            if equal(key, "ballots") { return .ballots }
            if equal(key, "options") { return .options }
            if equal(key, "changes") { return .changes }
        case 10:
            if equal(key, "collection") { return .collection }
            if equal(key, "first-step") { return .firstStep }
            if equal(key, "definition") { return .definition }
        default: break
        }
        return .unknown
    }

    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        let bytes = name.utf8Start
        for index in 0..<key.count where key[index] != bytes[index] { return false }
        return true
    }
}
