import Testing
@testable import ConveneLanguage

@Suite struct DurationFormattingTests {
    @Test(arguments: [
        (45 * 60, "45m"), (90 * 60, "1h30m"), (2 * 86_400, "2d"), (9 * 86_400, "1w2d"),
        (3_600, "1h"), (3_661, "1h1m1s"), (30, "30s"), (0, "0m"), (-600, "-10m"),
        (604_800 + 3_600, "1w1h"),
    ])
    func writesLargestUnitsFirstWithoutZeroParts(seconds: Int, expected: String) {
        #expect(formatDuration(seconds: seconds) == expected)
    }

    @Test(arguments: [
        (2.0, "2"), (2.5, "2.5"), (0.1, "0.1"), (1e20, "100000000000000000000"),
        (0.00005, "0.00005"), (123.456, "123.456"), (0, "0"), (1e16, "10000000000000000"),
    ])
    func writesNumbersShortestWithoutExponent(value: Double, expected: String) {
        #expect(formatNumber(value) == expected)
    }

    @Test func refusesNumbersNoLiteralCanSpell() {
        #expect(formatNumber(.infinity) == nil)
        #expect(formatNumber(.nan) == nil)
    }
}
