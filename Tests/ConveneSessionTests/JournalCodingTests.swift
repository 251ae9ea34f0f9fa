import ConveneSession
import Foundation
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
        .voteReopened(vote: "choose/top", reason: "t1 and t3 tie for the last place kept"),
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

    /// A journal is read with the strings and the minute that repeat from
    /// line to line reused: lines whose values change, or are the same but
    /// written with escapes, must read exactly as they do on their own.
    @Test func repeatedValuesAcrossLinesReadAsEachLineAlone() throws {
        let times = [
            Timestamp(year: 2025, month: 6, day: 3, hour: 9, minute: 59, second: 58),
            Timestamp(year: 2025, month: 6, day: 3, hour: 9, minute: 59, second: 59),
            Timestamp(year: 2025, month: 6, day: 3, hour: 10),
            Timestamp(year: 2025, month: 6, day: 4),
            Timestamp(year: 2025, month: 6, day: 4),
        ]
        let events: [JournalEvent] = [
            .itemAdded(id: "i1", collection: "ideas", stage: "gather", step: "ideas", text: "one", tag: "lived", loop: []),
            .itemAdded(id: "i2", collection: "ideas", stage: "gather", step: "ideas", text: "two", tag: "lived", loop: []),
            .itemAdded(id: "i3", collection: "fixes", stage: "gather", step: "ideas#2", text: "three", tag: nil, loop: []),
            .itemAdded(id: "i4", collection: "ide\"as", stage: "gather", step: "ideas#2", text: "four", tag: "lived", loop: []),
            .itemAdded(id: "i5", collection: "ide\"as", stage: "", step: "ideas#2", text: "five", tag: "", loop: []),
        ]
        var records: [JournalRecord] = []
        for (offset, event) in events.enumerated() {
            records.append(JournalRecord(sequence: offset + 1, action: offset + 1, time: times[offset], event: event))
        }
        let header = JournalHeader(
            scriptPath: "s.convene", scriptSHA256: "abc", title: "T", seed: 1, parameters: [], utcOffsetMinutes: 0, started: times[0])
        let lines = [JSONWriter.compact(JournalCoding.encode(header))] + records.map { JSONWriter.compact(JournalCoding.encode($0)) }
        let path = TestSupport.temporaryFolder() + "/journal.jsonl"
        try Data(lines.map { $0 + [0x0A] }.joined()).write(to: URL(fileURLWithPath: path))
        #expect(try JournalReader.read(path: path).records == records)
    }

    /// Most lines are read in a quick pass that expects the members of the
    /// line before, in the same order, written compactly and without
    /// escapes; any other line is read in full. Either way a line must read
    /// exactly as it does on its own.
    @Test func linesLaidOutOtherwiseReadAsEachLineAlone() throws {
        let item = #""type":"item","id":"i1","collection":"ideas","stage":"gather","step":"ideas""#
        let lines = [
            #"{"n":1,"a":1,"at":"2025-06-03T09:00:00.000Z",\#(item),"text":"one"}"#,
            #"{"n":2,"a":2,"at":"2025-06-03T09:00:01.000Z",\#(item),"text":"two"}"#,
            #"{ "n": 3, "a": 3, "at": "2025-06-03T09:00:02.000Z", "type": "item", "id": "i3", "collection": "ideas", "stage": "gather", "step": "ideas", "text": "three" }"#,
            #"{"n":4,"a":4,"at":"2025-06-03T09:00:03.000Z",\#(item),"text":"fo\"ur \u00e9\\"}"#,
            #"{"a":5,"n":5,"at":"2025-06-03T09:01:04.000Z",\#(item),"text":"five"}"#,
            #"{"n":6,"a":6,"at":"2025-06-03T09:01:05.000Z",\#(item),"text":"six","tag":null}"#,
            #"{"n":7,"a":7,"at":"2025-06-03T09:01:06.000Z",\#(item),"text":"seven","tag":"lived"}"#,
            #"{"n":8,"a":8,"at":"2025-06-03T09:01:07.000Z",\#(item),"text":"eight","tag":"lived","loop":[{"var":"p","text":"x","ref":"t1"}]}"#,
            #"{"n":9,"a":9e0,"at":"2025-06-03T09:01:08.000Z",\#(item),"text":"nine","tag":"lived"}"#,
            #"{"n":10,"a":10,"at":"2025-06-03T09:01:09.000Z",\#(item),"text":"ten","tag":"lived","future":1}"#,
            #"{"n":11,"a":11,"at":"2025-06-03T09:01:10.000Z",\#(item),"text":"eleven","tag":"lived","future":1}"#,
            #"{"n":12,"a":12,"at":"2025-06-03T10:00:00Z",\#(item),"text":"twelve","tag":"lived","future":1}"#,
            #"{"n":13,"a":13,"at":"2025-06-03T10:00:01.000Z",\#(item),"text":"thirteen","text":"13","tag":"lived"}"#,
            #"{"n":14,"a":0,"at":"2025-06-03T10:00:02.000Z","type":"pause"}"#,
            #"{"n":15,"a":0,"at":"2025-06-03T10:00:03.000Z","type":"resume"}"#,
            #"{"n":16,"a":16,"at":"2025-06-03T10:00:04.000Z","type":"note","id":"n1","text":"a note"}"#,
            #"{"n":17,"a":17,"at":"2025-06-03T10:00:05.000Z","type":"note","id":"n2","text":"another"}"#,
        ]
        let alone = try lines.map { line in try Array(line.utf8).withUnsafeBufferPointer { try JournalCoding.decodeRecord($0) } }
        let header = JournalHeader(
            scriptPath: "s.convene", scriptSHA256: "abc", title: "T", seed: 1, parameters: [], utcOffsetMinutes: 0, started: alone[0].time)
        let text = String(decoding: JSONWriter.compact(JournalCoding.encode(header)), as: UTF8.self) + "\n" + lines.map { $0 + "\n" }.joined()
        let path = TestSupport.temporaryFolder() + "/journal.jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let read = try JournalReader.read(path: path).records
        #expect(read == alone)
        #expect(read[3].event == .itemAdded(id: "i1", collection: "ideas", stage: "gather", step: "ideas", text: "fo\"ur é\\", tag: nil, loop: []))
        #expect(read[12].event == .itemAdded(id: "i1", collection: "ideas", stage: "gather", step: "ideas", text: "13", tag: "lived", loop: []))
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
