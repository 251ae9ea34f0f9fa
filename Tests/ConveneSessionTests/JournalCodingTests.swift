import ConveneSession
import Testing

@Suite struct JournalCodingTests {
    static let events: [JournalEvent] = [
        .entered(stage: "gather", index: 2, step: "fixes#1.2", definition: .object([("kind", "prompt"), ("tags", .strings(["a", "b"]))])),
        .itemAdded(id: "i1", collection: "fixes", stage: "plan", step: "fixes#2", text: "She said \"no\"\nthen left ☕", tag: "lived",
                   loop: [LoopBinding(variable: "problem", text: "Access to GPs", reference: "t3")]),
        .itemAdded(id: "i2", collection: "ideas", stage: "gather", step: "ideas", text: "untagged", tag: nil, loop: []),
        .itemEdited(id: "i1", text: "edited", tag: nil),
        .removed(id: "b2"),
        .themeCreated(id: "t1", name: "Access, and waiting", themes: "problems"),
        .themeRenamed(id: "t1", name: "Access"),
        .itemsMoved(items: ["i1", "i2"], theme: "t1"),
        .themesMerged(from: "t2", into: "t1"),
        .ballotCast(id: "b1", vote: "choose/top", voter: "Ana", marks: .points([OptionCount(option: "t1", count: 2)])),
        .ballotCast(id: "b2", vote: "choose/top", voter: nil, marks: .approvals(["t1", "t3"])),
        .ballotCast(id: "b3", vote: "choose/top", voter: nil, marks: .ranking(["t3", "t1"])),
        .ballotCast(id: "b4", vote: "choose/top", voter: nil, marks: .choice("t2")),
        .tallyRecorded(vote: "choose/top", counts: [OptionCount(option: "t1", count: 7), OptionCount(option: "t2", count: 0)]),
        .tiesOrdered(vote: "choose/top", order: ["t2", "t1"]),
        .voteCounted(vote: "choose/top", options: [CountedOption(id: "t1", label: "Access", score: 2.5, kept: true)], ballots: 4, note: "Dot vote."),
        .placed(grid: "investment", item: "i1", x: 2, y: 5, how: "higher 2"),
        .actionSet(plan: "plans", idea: "i1", owner: "Sam", firstStep: nil, due: "2025-07-01"),
        .noted(id: "n1", text: "a note"),
        .paused(reason: "lunch"),
        .paused(reason: nil),
        .resumed,
        .undone(action: 12),
        .finished,
        .scriptChanged(sha256: "abc", changes: ["stage `x` was removed"]),
    ]

    @Test func everyEventSurvivesAJournalLine() throws {
        for (offset, event) in Self.events.enumerated() {
            let record = JournalRecord(sequence: offset + 1, action: offset, time: Timestamp(year: 2025, month: 6, day: 3, hour: 9), event: event)
            let line = JSONWriter.compact(JournalCoding.encode(record))
            let decoded = try line.withUnsafeBufferPointer { buffer in try JournalCoding.decodeRecord(buffer) }
            #expect(decoded == record)
        }
    }

    @Test func unknownFieldsAreIgnoredAndMissingOnesNamed() throws {
        let extra = Array(#"{"n":1,"a":0,"at":"2025-06-03T09:00:00.000Z","future":{"x":[1,2]},"type":"resume"}"#.utf8)
        #expect(try extra.withUnsafeBufferPointer { try JournalCoding.decodeRecord($0) }.event == .resumed)
        let missing = Array(#"{"n":1,"a":0,"at":"2025-06-03T09:00:00.000Z","type":"item","id":"i1"}"#.utf8)
        #expect(throws: JournalDecodingError("missing field `collection`")) {
            try missing.withUnsafeBufferPointer { try JournalCoding.decodeRecord($0) }
        }
    }
}
