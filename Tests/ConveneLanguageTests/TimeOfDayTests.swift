import Testing
@testable import ConveneLanguage

@Suite struct TimeOfDayTests {
    @Test(arguments: [("09:30", "09:30"), ("9:30", "09:30"), ("0:00", "00:00"), ("23:59", "23:59")])
    func readsTwentyFourHourTimes(text: String, expected: String) {
        #expect(TimeOfDay(parsing: text)?.description == expected)
    }

    @Test(arguments: ["24:00", "9:5", "930", "9.30", "", ":30", "09:60", "-1:30", "+9:30", "009:30", "٩:٣٠"])
    func refusesAnythingElse(text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test func clampsItsParts() {
        #expect(TimeOfDay(hour: 25, minute: 75).description == "23:59")
        #expect(TimeOfDay(hour: -3, minute: -1).description == "00:00")
    }

    @Test func addsSecondsWrappingPastMidnight() {
        let start = TimeOfDay(hour: 23, minute: 30)
        #expect(start.adding(seconds: 45 * 60).description == "00:15")
        #expect(start.adding(seconds: 2 * 86_400 + 60).description == "23:31")
        #expect(TimeOfDay(hour: 0, minute: 10).adding(seconds: -20 * 60).description == "23:50")
        #expect(TimeOfDay(hour: 9, minute: 0).adding(seconds: 90).description == "09:01:30")
    }
}
