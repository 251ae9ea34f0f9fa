import Foundation

enum GeneratedKind {
    /// Rankings of 3 to all options, leaning towards the higher-numbered options.
    case ranks
    /// Up to 10 dots each, at most 3 on one option (fits dots 10 cap 3, score 0–5, fist of five).
    case points
    /// Each option approved with a chance between 10% and 50%.
    case approvals
}

/// Writes a CSV ballot file of the given kind: a header of option names, then
/// one row per ballot, every cell written out (0 rather than blank).
func generate(_ kind: GeneratedKind, ballots: Int, options: Int, path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
          let handle = FileHandle(forWritingAtPath: path)
    else {
        throw BenchmarkError(message: "can't write \(path)")
    }
    defer { try? handle.close() }
    var random = Generator(seed: 2024)
    var out: [UInt8] = Array((0..<options).map { "option-\($0 + 1)" }.joined(separator: ",").utf8) + [10]
    var cells = [Int](repeating: 0, count: options)
    var keys = [Double](repeating: 0, count: options)
    for _ in 0..<ballots {
        fill(&cells, kind, &random, &keys)
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(44) }
            if cell >= 10 { out.append(UInt8(48 + cell / 10)) }
            out.append(UInt8(48 + cell % 10))
        }
        out.append(10)
        if out.count > 1 << 20 {
            handle.write(Data(out))
            out.removeAll(keepingCapacity: true)
        }
    }
    handle.write(Data(out))
}

private func fill(_ cells: inout [Int], _ kind: GeneratedKind, _ random: inout Generator, _ keys: inout [Double]) {
    let count = cells.count
    switch kind {
    case .ranks:
        for option in 0..<count { keys[option] = Double(option) / Double(count) + random.unit() + random.unit() }
        let order = (0..<count).sorted { keys[$0] > keys[$1] }
        let ranked = min(count, 3 + random.below(count))
        for option in 0..<count { cells[option] = 0 }
        for (place, option) in order.prefix(ranked).enumerated() { cells[option] = place + 1 }
    case .points:
        for option in 0..<count { cells[option] = 0 }
        var dots = 6 + random.below(5)
        while dots > 0 {
            let option = max(random.below(count), random.below(count))
            if cells[option] < 3 {
                cells[option] += 1
                dots -= 1
            }
        }
    case .approvals:
        for option in 0..<count {
            cells[option] = random.unit() < 0.1 + 0.4 * Double(option) / Double(count) ? 1 : 0
        }
    }
}

/// SplitMix64, for reproducible ballots.
struct Generator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
