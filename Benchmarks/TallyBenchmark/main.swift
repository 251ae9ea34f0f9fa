// Measures tallying ballot files: 1,000,000 ballots × 20 options for each
// kind of ballot (ranks, points, approvals). For each file it times the floor
// (reading and parsing only) and each method's whole tally (read, parse,
// check, count), and reports each as a ratio to the floor. Every measurement
// runs in a child process of this program, so its peak memory (VmHWM) is its
// own. Times are CPU seconds (user + system), the best of several runs in
// several processes: on a shared machine they vary far less than wall-clock time.
//
//     swift run -c release tally-benchmark [--ballots N] [--options N] [--runs N]

import ConveneVoting
import Foundation

struct Settings {
    var ballots = 1_000_000
    var options = 20
    var runs = 3

    init(_ arguments: [String]) {
        var index = 0
        while index + 1 < arguments.count {
            let value = Int(arguments[index + 1]) ?? 0
            switch arguments[index] {
            case "--ballots": ballots = value
            case "--options": options = value
            case "--runs": runs = value
            default: break
            }
            index += 2
        }
    }
}

/// The rule each method is counted under; the generated ballots fit it.
func rule(for method: VotingMethod) -> VoteRule {
    VoteRule(method: method, dotsPerPerson: 10, capPerOption: 3, scoreRange: 0...5, keep: .top(3))
}

/// What one child process measured.
struct Measurement {
    var seconds: Double
    var peakMegabytes: Double
}

// MARK: Child: one measurement

func peakMemoryKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// Runs the task `repeats` times in this process and prints the fastest time
/// and the peak memory: a repeat frees what the one before it allocated, so
/// the peak is that of a single run.
func runChild(task: String, path: String, repeats: Int) {
    var fastest = Double.infinity
    for _ in 0..<repeats {
        let start = cpuSeconds()
        do {
            let file = try BallotFile.read(path: path)
            if let method = VotingMethod(rawValue: task) {
                let result = try VoteCounter(rule: rule(for: method), options: file.options).count(file)
                precondition(!result.ranking.isEmpty)
            }
        } catch {
            print("error \(error)")
            exit(1)
        }
        fastest = min(fastest, cpuSeconds() - start)
    }
    print("\(fastest) \(peakMemoryKilobytes())")
}

// MARK: Parent: files, children, table

/// One child process running the task a few times; its fastest time and peak memory.
func measure(task: String, path: String) throws -> Measurement {
    let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--child", task, path, String(repeatsPerProcess)]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let words = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard process.terminationStatus == 0, words.count == 2, let seconds = Double(words[0]),
          let kilobytes = Double(words[1])
    else {
        throw BenchmarkError(message: "\(task) on \(path) failed: \(String(decoding: data, as: UTF8.self))")
    }
    return Measurement(seconds: seconds, peakMegabytes: kilobytes / 1024)
}

let repeatsPerProcess = 3

/// The best of several child processes per task. The floor and the methods
/// take turns, so a busy moment on the machine does not fall on one of them only.
func measureInTurns(_ tasks: [String], path: String, runs: Int) throws -> [Measurement] {
    var best = [Measurement](repeating: Measurement(seconds: .infinity, peakMegabytes: 0), count: tasks.count)
    for _ in 0..<runs {
        for (index, task) in tasks.enumerated() {
            let measurement = try measure(task: task, path: path)
            best[index].seconds = min(best[index].seconds, measurement.seconds)
            best[index].peakMegabytes = max(best[index].peakMegabytes, measurement.peakMegabytes)
        }
    }
    return best
}

struct BenchmarkError: Error {
    var message: String
}

func fileSizeMegabytes(_ path: String) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return Double(size) / 1_000_000
}

func runParent(_ settings: Settings) throws {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("tally-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let kinds: [(name: String, kind: GeneratedKind, methods: [VotingMethod])] = [
        ("ranks", .ranks, [.plurality, .borda, .irv, .schulze, .rankedPairs]),
        ("points", .points, [.dots, .score, .fistOfFive]),
        ("approvals", .approvals, [.approval]),
    ]
    print("Tally benchmark: \(settings.ballots) ballots × \(settings.options) options; CPU seconds, best of "
        + "\(settings.runs * repeatsPerProcess) runs (\(settings.runs) processes × \(repeatsPerProcess)).")
    print("")
    print(row(["file", "MB", "task", "CPU s", "× floor", "bar", "peak MB"]))
    print(String(repeating: "-", count: 72))
    var failures: [String] = []
    for (name, kind, methods) in kinds {
        let path = directory.appendingPathComponent("\(name).csv").path
        try generate(kind, ballots: settings.ballots, options: settings.options, path: path)
        let size = String(format: "%.1f", fileSizeMegabytes(path))
        let measured = try measureInTurns(["floor"] + methods.map(\.rawValue), path: path, runs: settings.runs)
        let floor = measured[0]
        print(row(["\(name).csv", size, "read+parse", seconds(floor), "1.00", "", megabytes(floor)]))
        for (method, tally) in zip(methods, measured.dropFirst()) {
            let ratio = tally.seconds / floor.seconds
            let bar = [.dots, .approval, .score, .plurality].contains(method) ? 1.5 : 5.0
            if ratio > bar { failures.append(method.rawValue) }
            print(row([
                "", "", method.rawValue, seconds(tally), String(format: "%.2f", ratio),
                "≤ \(bar)×" + (ratio > bar ? " MISSED" : ""), megabytes(tally),
            ]))
        }
    }
    print("")
    print(failures.isEmpty ? "Every method is within its bar." : "Missed the bar: \(failures.joined(separator: ", ")).")
}

func seconds(_ measurement: Measurement) -> String { String(format: "%.3f", measurement.seconds) }
func megabytes(_ measurement: Measurement) -> String { String(format: "%.0f", measurement.peakMegabytes) }

func row(_ cells: [String]) -> String {
    let widths = [15, 6, 14, 9, 9, 11, 8]
    return zip(cells, widths).map { cell, width in
        cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
    }.joined()
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--child", arguments.count == 4, let repeats = Int(arguments[3]) {
    runChild(task: arguments[1], path: arguments[2], repeats: repeats)
} else {
    do {
        try runParent(Settings(arguments))
    } catch let error as BenchmarkError {
        print(error.message)
        exit(1)
    }
}
