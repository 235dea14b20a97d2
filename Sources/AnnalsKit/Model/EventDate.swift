/// How precisely a date is known.
///
/// `before` means "on or before `date`" (an event reported without a date is `before` the
/// publication day); a `before` with no date means "earlier, undated" ("previously vetoed").
public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day, week, month, quarter, season, year, decade, century, before, unknown
}

/// The date of an event or article: a value, its precision, and the words that gave it.
///
/// `start`/`end` bound the interval the date stands for (both inclusive), so that SQL can
/// filter by range whatever the precision:
///
/// | precision | `text` in JSON | start ... end |
/// |---|---|---|
/// | day | 2012-07-12 | 2012-07-12 ... 2012-07-12 |
/// | week | 2012-07-09 (the Monday) | 2012-07-09 ... 2012-07-15 |
/// | month | 2011-08 | 2011-08-01 ... 2011-08-31 |
/// | year | 2010 | 2010-01-01 ... 2010-12-31 |
/// | before | 2012-07-12 | nil ... 2012-07-12 |
public struct EventDate: Hashable, Sendable, Codable {
    /// First day of the interval (nil for `before` and `unknown`).
    public var start: CalendarDay?
    /// Last day of the interval (for `before`, the bound; nil when unknown).
    public var end: CalendarDay?
    public var precision: DatePrecision
    /// The words that gave the date ("Thursday", "16 months ago", "publication date").
    public var basis: String

    public init(start: CalendarDay?, end: CalendarDay?, precision: DatePrecision, basis: String) {
        self.start = start
        self.end = end
        self.precision = precision
        self.basis = basis
    }

    public static func day(_ d: CalendarDay, basis: String) -> EventDate {
        EventDate(start: d, end: d, precision: .day, basis: basis)
    }

    public static func week(containing d: CalendarDay, basis: String) -> EventDate {
        EventDate(start: d.monday, end: d.monday.adding(days: 6), precision: .week, basis: basis)
    }

    public static func month(year: Int, month: Int, basis: String) -> EventDate {
        EventDate(start: CalendarDay(year, month, 1),
                  end: CalendarDay(year, month, CalendarDay.daysIn(month: month, year: year)),
                  precision: .month, basis: basis)
    }

    public static func year(_ y: Int, basis: String) -> EventDate {
        EventDate(start: CalendarDay(y, 1, 1), end: CalendarDay(y, 12, 31), precision: .year, basis: basis)
    }

    /// On or before `d` (nil: earlier than publication, undated).
    public static func before(_ d: CalendarDay?, basis: String) -> EventDate {
        EventDate(start: nil, end: d, precision: .before, basis: basis)
    }

    public static let unknown = EventDate(start: nil, end: nil, precision: .unknown, basis: "")

    /// The date as users read it: `2012-07-12`, `2011-08`, `2010`, the Monday of a week,
    /// the bound of a `before`; nil when there is none.
    public var text: String? {
        switch precision {
        case .day, .week: return start?.iso
        case .month: return start.map { String($0.iso.prefix(7)) }
        case .year: return start.map { String($0.iso.prefix(4)) }
        case .quarter, .season, .decade, .century: return start?.iso
        case .before: return end?.iso
        case .unknown: return nil
        }
    }

    /// How much a date says, for choosing the best of several (higher is better).
    public var rank: Int {
        switch precision {
        case .day: return 9
        case .week: return 8
        case .month: return 7
        case .quarter: return 6
        case .season: return 5
        case .year: return 4
        case .decade: return 3
        case .century: return 2
        case .before: return end == nil ? 0 : 1
        case .unknown: return -1
        }
    }
}
