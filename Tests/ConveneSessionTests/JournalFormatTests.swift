import ConveneSession
import Testing

@Suite struct JournalFormatTests {
    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func jsonRoundTripsEscapesAndUnicode() throws {
        let value: JSONValue = .object([
            ("text", .string("She said \"no, never\"\nthen left\\ ☕ café \u{1}")),
            ("n", .number(-12)), ("x", .number(2.5)), ("ok", .bool(true)), ("none", .null),
            ("list", .array([.string("a"), .number(1e20)])),
        ])
        let bytes = JSONWriter.compact(value)
        #expect(!bytes.contains(UInt8(ascii: "\n")))
        #expect(try JSONParser.parse(bytes) == value)
        #expect(try JSONParser.parse(Array(#"{"a":"\u00e9\ud83d\ude00\/"}"#.utf8))["a"] == .string("é😀/"))
    }

    @Test func jsonParserReportsWhereItStopped() {
        #expect(throws: JSONParseError(offset: 5, reason: "unterminated string")) {
            try JSONParser.parse(Array(#"{"a":"abc"#.utf8))
        }
        #expect(throws: JSONParseError(offset: 8, reason: "unexpected text after the value")) {
            try JSONParser.parse(Array(#"{"a":1} x"#.utf8))
        }
    }

    @Test func csvQuotesOnlyWhatNeedsQuoting() {
        var csv = CSV(header: ["id", "text"])
        csv.add(["i1", "plain"])
        csv.add(["i2", "She said \"no, never\""])
        csv.add(["i3", "two\nlines, and a comma"])
        #expect(csv.text == "id,text\r\ni1,plain\r\ni2,\"She said \"\"no, never\"\"\"\r\ni3,\"two\nlines, and a comma\"\r\n")
    }

    @Test func timestampsRoundTripThroughISO8601() {
        let time = Timestamp(year: 2025, month: 2, day: 28, hour: 23, minute: 59, second: 58)
        #expect(time.iso8601 == "2025-02-28T23:59:58.000Z")
        #expect(Timestamp(iso8601: time.iso8601) == time)
        #expect(time.clockTime(utcOffsetMinutes: 60) == "00:59")
        #expect(time.date(utcOffsetMinutes: 60) == "2025-03-01")
        #expect(Timestamp.isCalendarDate("2024-02-29"))
        #expect(!Timestamp.isCalendarDate("2025-02-29"))
        #expect(!Timestamp.isCalendarDate("next week"))
    }
}
