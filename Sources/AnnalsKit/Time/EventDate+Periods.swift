/// Interval constructors for the coarser periods temporal expressions name.
///
/// ```swift
/// EventDate.quarter(year: 2012, quarter: 3, basis: "Q3").start   // 2012-07-01
/// EventDate.decade(201, basis: "the 2010s").end                  // 2019-12-31
/// ```
extension EventDate {
    public static func quarter(year: Int, quarter: Int, basis: String) -> EventDate {
        let first = (quarter - 1) * 3 + 1
        return EventDate(start: CalendarDay(year, first, 1),
                         end: CalendarDay(year, first + 2, CalendarDay.daysIn(month: first + 2, year: year)),
                         precision: .quarter, basis: basis)
    }

    /// First or second half of a year (precision `quarter`, the nearest one the model has).
    public static func half(year: Int, half: Int, basis: String) -> EventDate {
        half == 1
            ? EventDate(start: CalendarDay(year, 1, 1), end: CalendarDay(year, 6, 30), precision: .quarter, basis: basis)
            : EventDate(start: CalendarDay(year, 7, 1), end: CalendarDay(year, 12, 31), precision: .quarter, basis: basis)
    }

    /// A meteorological season of the northern hemisphere: SP = Mar-May, SU = Jun-Aug,
    /// FA = Sep-Nov, WI = Dec of `year` to the end of February of the next year.
    public static func season(year: Int, season: String, basis: String) -> EventDate {
        switch season {
        case "SP": return EventDate(start: CalendarDay(year, 3, 1), end: CalendarDay(year, 5, 31), precision: .season, basis: basis)
        case "SU": return EventDate(start: CalendarDay(year, 6, 1), end: CalendarDay(year, 8, 31), precision: .season, basis: basis)
        case "FA": return EventDate(start: CalendarDay(year, 9, 1), end: CalendarDay(year, 11, 30), precision: .season, basis: basis)
        default:
            return EventDate(start: CalendarDay(year, 12, 1),
                             end: CalendarDay(year + 1, 2, CalendarDay.daysIn(month: 2, year: year + 1)),
                             precision: .season, basis: basis)
        }
    }

    /// A decade by its first three digits: 201 is 2010-2019.
    public static func decade(_ d: Int, basis: String) -> EventDate {
        EventDate(start: CalendarDay(d * 10, 1, 1), end: CalendarDay(d * 10 + 9, 12, 31), precision: .decade, basis: basis)
    }

    /// A century by its first two digits, as TIMEX3 writes it: 19 is 1900-1999.
    public static func century(_ c: Int, basis: String) -> EventDate {
        EventDate(start: CalendarDay(max(1, c * 100), 1, 1), end: CalendarDay(c * 100 + 99, 12, 31), precision: .century, basis: basis)
    }
}
