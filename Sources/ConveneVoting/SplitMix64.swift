/// SplitMix64, a small deterministic generator: the same seed gives the same
/// numbers on every machine and every Swift version, so a random tie-break
/// replays exactly.
///
/// Follows Guy L. Steele Jr., Doug Lea and Christine H. Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014 (the constants of
/// Sebastiano Vigna's reference `splitmix64.c`).
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in 0..<bound, without modulo bias (Lemire's multiply-and-reject).
    mutating func next(below bound: Int) -> Int {
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let (high, low) = limit.multipliedFullWidth(by: next())
            if low >= threshold { return Int(high) }
        }
    }

    /// The elements in a shuffled order (Fisher–Yates, from the back).
    mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        for last in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(last, next(below: last + 1))
        }
        return result
    }
}
