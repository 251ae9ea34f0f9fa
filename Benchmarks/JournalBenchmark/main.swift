// Journal benchmark: how fast the session journal appends (each event written
// and fsync'd before it is acknowledged) compared with bare write+fsync on
// the same disk, and how fast a session resumes from a 100,000-event journal
// compared with Python decoding the same file line by line.
//
//     swift run -c release journal-benchmark [FOLDER]
//
// FOLDER (default .build/journal-benchmark) should be on the disk sessions use.

import ConveneLanguage
import ConveneSession
import Foundation

let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".build/journal-benchmark"
try? FileManager.default.removeItem(atPath: folder)
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// A realistic event: an item typed into a prompt inside a loop.
func item(_ number: Int) -> JournalRecord {
    JournalRecord(
        sequence: number, action: number, time: Timestamp(milliseconds: 1_748_943_000_000 + Int64(number) * 1000),
        event: .itemAdded(
            id: "i\(number)", collection: "ideas", stage: "gather", step: "ideas", text: "Idea number \(number): carers' café on Thursdays, \"every week\"",
            tag: number % 2 == 0 ? "a" : "b", loop: []))
}

// MARK: Appends

let appends = 1000
var journalRates: [Double] = []
var rawRates: [Double] = []
for round in 0..<5 {
    let journalPath = "\(folder)/append-\(round).jsonl"
    let journal = try JournalFile(path: journalPath)
    let journalTime = try seconds {
        for number in 1...appends { try journal.append(line: JSONWriter.compact(JournalCoding.encode(item(number)))) }
    }
    journalRates.append(Double(appends) / journalTime)

    let lines = (1...appends).map { JSONWriter.compact(JournalCoding.encode(item($0))) + [UInt8(ascii: "\n")] }
    let rawPath = "\(folder)/raw-\(round).jsonl"
    let fd = open(rawPath, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    let rawTime = seconds {
        for line in lines {
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            fsync(fd)
        }
    }
    close(fd)
    rawRates.append(Double(appends) / rawTime)
}
let journalRate = median(journalRates)
let rawRate = median(rawRates)
print("Appends (\(appends) events, median of \(journalRates.count) runs, fsync after every line):")
print("  journal (encode + write + fsync): \(Int(journalRate)) events/s")
print("  raw write + fsync, same lines:    \(Int(rawRate)) lines/s")
print("  journal / raw: \(Int((journalRate / rawRate * 100).rounded()))%  (bar: at least 80%)")

// MARK: Resume

let script = """
    workshop "Benchmark" {
      role a "Group A"
      role b "Group B"
    }

    stage gather "Gather" for 1h {
      prompt ideas "Ideas?" by role
    }

    stage sort "Sort" for 1h {
      cluster ideas into themes
    }

    stage choose "Choose" for 1h {
      vote top on themes {
        method dots
        dots 5
        ballots anonymous
        keep top 10
        ties random
      }
    }

    grid board "Board" {
      axis x effort "Effort" from low "Little" to high "A lot"
      axis y impact "Impact" from low "Small" to high "Big"
      scale 5
      quadrant quick-wins "Quick wins" where effort is low and impact is high
    }

    stage rate "Rate" for 1h {
      place ideas on board
    }
    """
let program = ScriptChecker(loader: InMemorySourceLoader(files: ["benchmark.convene": script])).check(path: "benchmark.convene")
precondition(program.isRunnable, "the benchmark script does not check")
let scriptBytes = Array(script.utf8)

let total = 100_000
let (items, themes, moves, ballots) = (60_000, 2_000, 20_000, 8_000)
let resumeFolder = "\(folder)/resume"
try FileManager.default.createDirectory(atPath: resumeFolder, withIntermediateDirectories: true)
let journalPath = resumeFolder + "/journal.jsonl"
/// Builds a journal's bytes event by event, without syncing: only the resume is timed.
struct JournalBuilder {
    var bytes: [UInt8]
    var sequence = 0

    mutating func add(_ event: JournalEvent) {
        sequence += 1
        let time = Timestamp(milliseconds: 1_748_943_000_000 + Int64(sequence) * 500)
        bytes += JSONWriter.compact(JournalCoding.encode(JournalRecord(sequence: sequence, action: sequence, time: time, event: event)))
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func enter(_ stage: String, _ step: String, _ kind: String) {
        add(.entered(stage: stage, index: 0, step: step, definition: .object([("kind", .string(kind))])))
    }
}

var builder = JournalBuilder(bytes: JSONWriter.compact(JournalCoding.encode(JournalHeader(
    scriptPath: "benchmark.convene", scriptSHA256: SHA256.hex(of: scriptBytes), title: "Benchmark", seed: 1,
    parameters: [], utcOffsetMinutes: 0, started: Timestamp(milliseconds: 1_748_943_000_000)))) + [UInt8(ascii: "\n")])
builder.enter("gather", "ideas", "prompt")
for number in 1...items { builder.add(item(number).event) }
builder.enter("sort", "themes", "cluster")
for number in 1...themes { builder.add(.themeCreated(id: "t\(number)", name: "Theme \(number)", themes: "themes")) }
for number in 1...moves { builder.add(.itemsMoved(items: ["i\(number)"], theme: "t\(number % themes + 1)")) }
builder.enter("choose", "top", "vote")
for number in 1...ballots {
    builder.add(.ballotCast(id: "b\(number)", vote: "choose/top", voter: nil, marks: .points([
        OptionCount(option: "t\(number % themes + 1)", count: 2), OptionCount(option: "t\((number * 7) % themes + 1)", count: 3),
    ])))
}
builder.enter("rate", "board", "place")
while builder.sequence < total {
    let number = builder.sequence % items + 1
    builder.add(.placed(grid: "board", item: "i\(number)", x: number % 5 + 1, y: number % 3 + 1, how: "place"))
}
let bytes = builder.bytes
try Data(bytes).write(to: URL(fileURLWithPath: journalPath))
let pristine = bytes


/// One resume from the untouched journal, in seconds.
func timeResume() throws -> Double {
    try Data(pristine).write(to: URL(fileURLWithPath: journalPath))
    var resumed = 0
    let time = try seconds {
        let (journal, notice) = try Session.readJournal(folder: resumeFolder)
        let (session, _) = try Session.resume(
            journal: journal, notice: notice, folder: resumeFolder, program: program, scriptBytes: scriptBytes)
        resumed = session.state.items(in: "ideas").count
    }
    precondition(resumed == items, "the resume lost items")
    return time
}

/// Python decoding the same journal line by line: its own timing of the
/// decoding, and the wall time of the whole process.
func timePython() throws -> (decode: Double, wall: Double) {
    try Data(pristine).write(to: URL(fileURLWithPath: journalPath))
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    python.arguments = ["-c", """
        import json, sys, time
        start = time.perf_counter()
        with open(sys.argv[1], encoding="utf-8") as journal:
            events = [json.loads(line) for line in journal]
        print(time.perf_counter() - start, len(events))
        """, journalPath]
    let output = Pipe()
    python.standardOutput = output
    let wall = try seconds {
        try python.run()
        python.waitUntilExit()
    }
    let reply = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
    guard reply.count == 2, let decode = Double(reply[0]), Int(reply[1].filter(\.isNumber)) == total + 1 else {
        fatalError("python did not decode the journal: \(reply)")
    }
    return (decode, wall)
}

// Alternate the two so both see the same load on a shared machine.
var resumeTimes: [Double] = []
var pythonDecodes: [Double] = []
var pythonWalls: [Double] = []
for _ in 0..<5 {
    resumeTimes.append(try timeResume())
    let (decode, wall) = try timePython()
    pythonDecodes.append(decode)
    pythonWalls.append(wall)
}

print("Resume from a journal of \(total) events (\(bytes.count / 1_000_000) MB), median of \(resumeTimes.count) runs:")
print("  convene resume (read, decode, replay, work out the current step): \(String(format: "%.3f", median(resumeTimes))) s")
print("  python3 json.loads line by line: \(String(format: "%.3f", median(pythonDecodes))) s decoding, \(String(format: "%.3f", median(pythonWalls))) s with interpreter start")
print("  convene / python decoding: \(String(format: "%.2f", median(resumeTimes) / median(pythonDecodes)))  (bar: at most 1.00)")
