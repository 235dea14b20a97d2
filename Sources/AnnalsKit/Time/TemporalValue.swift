/// What a temporal expression resolves to, before it is written as a TIMEX3 value.
enum TemporalValue: Hashable, Sendable {
    /// A day, with the part of the day the text named ("MO", "AF", "EV", "NI"). The part is
    /// kept but not written into the value: TempEval annotators mostly wrote "Friday night"
    /// as the day alone, and a day is what events need.
    case day(CalendarDay, part: String?)
    /// A clock time, on a day when known.
    case time(CalendarDay?, hour: Int, minute: Int)
    /// The ISO week containing the day.
    case week(CalendarDay)
    /// The weekend of the ISO week containing the day.
    case weekend(CalendarDay)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: String)
    case year(Int)
    /// First three digits of the years: 199 for the 1990s.
    case decade(Int)
    /// First two digits of the years: 19 for the 20th century.
    case century(Int)
    /// "PRESENT_REF", "PAST_REF", "FUTURE_REF".
    case reference(String)
    case duration(String)
    case set(String)
    /// A value that cannot be placed without an anchor, such as "XXXX-08-06".
    case unresolved(String, TimexType)

    /// The calendar year the value lies in, when it lies in one.
    var year: Int? {
        switch self {
        case .day(let d, _), .week(let d), .weekend(let d): return d.year
        case .time(let d, _, _): return d?.year
        case .month(let y, _), .quarter(let y, _), .half(let y, _), .season(let y, _), .year(let y): return y
        default: return nil
        }
    }

    var type: TimexType {
        switch self {
        case .time: return .time
        case .duration: return .duration
        case .set: return .set
        case .unresolved(_, let t): return t
        default: return .date
        }
    }

    /// The TIMEX3 value string.
    var timex: String {
        switch self {
        case .day(let d, _): return d.iso
        case .time(let d, let h, let m): return "\(d?.iso ?? "XXXX-XX-XX")T\(pad(h, 2)):\(pad(m, 2))"
        case .week(let d):
            let w = d.isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
        case .weekend(let d):
            let w = d.isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE"
        case .month(let y, let m): return "\(pad(y, 4))-\(pad(m, 2))"
        case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
        case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
        case .season(let y, let s): return "\(pad(y, 4))-\(s)"
        case .year(let y): return pad(y, 4)
        case .decade(let d): return pad(d, 3)
        case .century(let c): return pad(c, 2)
        case .reference(let r): return r
        case .duration(let v), .set(let v): return v
        case .unresolved(let v, _): return v
        }
    }

    /// The interval the value stands for, when it is a placeable date.
    func eventDate(basis: String) -> EventDate? {
        switch self {
        case .day(let d, _): return .day(d, basis: basis)
        case .time(let d, _, _): return d.map { .day($0, basis: basis) }
        case .week(let d): return .week(containing: d, basis: basis)
        case .weekend(let d):
            let saturday = d.monday.adding(days: 5)
            return EventDate(start: saturday, end: saturday.adding(days: 1), precision: .week, basis: basis)
        case .month(let y, let m): return .month(year: y, month: m, basis: basis)
        case .quarter(let y, let q): return .quarter(year: y, quarter: q, basis: basis)
        case .half(let y, let h): return .half(year: y, half: h, basis: basis)
        case .season(let y, let s): return .season(year: y, season: s, basis: basis)
        case .year(let y): return .year(y, basis: basis)
        case .decade(let d): return .decade(d, basis: basis)
        case .century(let c): return .century(c, basis: basis)
        case .reference, .duration, .set, .unresolved: return nil
        }
    }

    /// The value moved by `n` units, keeping its own granularity ("a year earlier" than a quarter
    /// is the same quarter a year before).
    func shifted(by n: Int, _ unit: TemporalUnit) -> TemporalValue? {
        switch unit {
        case .day, .week, .fortnight, .weekend:
            let days = unit == .day ? n : unit == .fortnight ? 14 * n : 7 * n
            switch self {
            case .day(let d, let p): return .day(d.adding(days: days), part: p)
            case .week(let d): return .week(d.adding(days: days))
            case .weekend(let d): return .weekend(d.adding(days: days))
            default: return nil
            }
        case .month, .quarter, .year, .decade, .century:
            let months = unit == .month ? n : unit == .quarter ? 3 * n : unit == .year ? 12 * n : unit == .decade ? 120 * n : 1200 * n
            switch self {
            case .day(let d, let p): return .day(d.adding(months: months), part: p)
            case .week(let d): return .week(d.adding(months: months))
            case .weekend(let d): return .weekend(d.adding(months: months))
            case .month(let y, let m):
                let d = CalendarDay(y, m, 1).adding(months: months)
                return .month(year: d.year, month: d.month)
            case .quarter(let y, let q):
                let d = CalendarDay(y, (q - 1) * 3 + 1, 1).adding(months: months)
                return .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1)
            case .half(let y, let h):
                let d = CalendarDay(y, (h - 1) * 6 + 1, 1).adding(months: months)
                return .half(year: d.year, half: (d.month - 1) / 6 + 1)
            case .season(let y, let s): return .season(year: y + months / 12, season: s)
            case .year(let y): return .year(y + months / 12)
            case .decade(let d): return .decade(d + months / 120)
            default: return nil
            }
        default: return nil
        }
    }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
