import Testing
@testable import AnnalsKit

/// `CalendarDay.iso` writes the common days byte by byte; every day reads as it always has
/// (zero-padded fields, wider numbers unpadded), and a bound day is stored as that text.
@Suite struct CalendarDayISOTests {
    @Test(arguments: [
        (CalendarDay(2012, 7, 12), "2012-07-12"),
        (CalendarDay(5, 1, 2), "0005-01-02"),
        (CalendarDay(9999, 12, 31), "9999-12-31"),
        (CalendarDay(0, 0, 0), "0000-00-00"),
        (CalendarDay(12345, 7, 1), "12345-07-01"),
        (CalendarDay(2012, 123, 1), "2012-123-01"),
        (CalendarDay(-5, 1, 1), "00-5-01-01"),
    ])
    func isoText(_ day: CalendarDay, _ text: String) {
        #expect(day.iso == text)
        #expect(day.description == text)
    }

    @Test func everyDayOfSomeYearsRoundTrips() {
        for year in [1, 999, 1900, 2000, 2012, 2024, 9999] {
            for month in 1...12 {
                for d in 1...CalendarDay.daysIn(month: month, year: year) {
                    let day = CalendarDay(year, month, d)
                    let padded = String(repeating: "0", count: 4 - String(year).count) + String(year) + "-"
                        + (month < 10 ? "0" : "") + String(month) + "-" + (d < 10 ? "0" : "") + String(d)
                    #expect(day.iso == padded)
                    #expect(CalendarDay(iso: day.iso) == day)
                }
            }
        }
    }

    @Test func boundDayIsStoredAsItsText() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.scalar(String.self, "SELECT ?", CalendarDay(2012, 7, 12)) == "2012-07-12")
        #expect(try db.scalar(String.self, "SELECT typeof(?)", CalendarDay(2012, 7, 12)) == "text")
        let none: CalendarDay? = nil
        #expect(try db.scalar(String.self, "SELECT typeof(?)", none) == "null")
    }
}
