/// Rules that place underspecified dates ("Friday", "August", "the third quarter") relative to
/// the anchor, using the tense of the surrounding words.
///
/// With past-tense context the most recent such period on or before the anchor wins; with
/// future context the next one on or after it. With no cue, a weekday is taken in the past
/// (news reports what happened), and a month, quarter or season is taken in the future only
/// when it starts within three months of the anchor ("June" in a March story is this June,
/// "August" is last August).
extension TemporalScanner {
    /// How many months ahead an uncued month may lie and still be read as upcoming.
    static let futureWindowMonths = 3

    /// The tense cue nearest the expression: a few words to the left first, then to the right,
    /// never across a sentence end.
    func direction(_ start: Int, _ end: Int) -> TemporalDirection {
        func cue(_ k: Int) -> TemporalDirection? {
            let word = w(k)
            guard !word.isEmpty else { return nil }
            if TemporalLexicon.futureBeforeTo.contains(word) { return w(k + 1) == "to" ? .future : nil }
            // "Two days later, on Oct. 18": a distance from a date told before, not the future.
            if word == "later", k > 0, TemporalLexicon.units[w(k - 1)] != nil { return .past }
            // "Later on Monday": later that day, no direction of its own.
            if word == "later", ["on", "that", "in", "the"].contains(w(k + 1)) || TemporalLexicon.weekdays[w(k + 1)] != nil { return nil }
            if TemporalLexicon.futureCues.contains(word) { return .future }
            if TemporalLexicon.pastCues.contains(word) { return .past }
            if word.count > 4, word.hasSuffix("ed"), !TemporalLexicon.notPastWords.contains(word) { return .past }
            return nil
        }
        func isBoundary(_ k: Int) -> Bool {
            isPunct(k, ".") || isPunct(k, "!") || isPunct(k, "?") || isPunct(k, ";") || isPunct(k, "\"")
        }
        var k = start - 1
        var seen = 0
        while k >= 0, seen < 6, !isBoundary(k) {
            if let c = cue(k) { return c }
            if tokens[k].kind == .word { seen += 1 }
            k -= 1
        }
        k = end
        seen = 0
        while k < tokens.count, seen < 5, !isBoundary(k) {
            if let c = cue(k) { return c }
            if tokens[k].kind == .word { seen += 1 }
            k += 1
        }
        return .unknown
    }

    /// The year a story is telling when it is history ("came in the spring of 1953. On March 5,
    /// ..."): the year of the date told last, when it lies two or more years before the anchor.
    /// A month or a day without a year is placed in it, not near the anchor.
    var narrativeYear: Int? {
        guard let anchor, let y = reference?.year, y <= anchor.year - 2 else { return nil }
        return y
    }

    /// The year for a period that starts in month `startMonth` of the anchor's year.
    private func yearFor(startMonth: Int, endMonth: Int, direction: TemporalDirection) -> Int? {
        if let y = narrativeYear { return y }
        guard let anchor else { return nil }
        let y = anchor.year
        let a = anchor.month
        switch direction {
        case .past:
            return startMonth <= a ? y : y - 1
        case .future:
            return endMonth >= a ? y : y + 1
        case .unknown:
            if startMonth <= a && endMonth >= a { return y }
            let ahead = (startMonth - a + 12) % 12
            if ahead <= Self.futureWindowMonths { return startMonth > a ? y : y + 1 }
            return startMonth <= a ? y : y - 1
        }
    }

    func resolveMonth(_ m: Int, direction: TemporalDirection) -> TemporalValue {
        guard let y = yearFor(startMonth: m, endMonth: m, direction: direction) else {
            return .unresolved("XXXX-\(pad(m, 2))", .date)
        }
        return .month(year: y, month: m)
    }

    func resolveMonthDay(month m: Int, day d: Int, direction: TemporalDirection) -> TemporalValue {
        guard let anchor else { return .unresolved("XXXX-\(pad(m, 2))-\(pad(d, 2))", .date) }
        var y: Int
        if let n = narrativeYear {
            y = n
        } else if m == anchor.month {
            switch direction {
            case .future: y = d >= anchor.day ? anchor.year : anchor.year + 1
            default: y = anchor.year
            }
        } else {
            y = yearFor(startMonth: m, endMonth: m, direction: direction) ?? anchor.year
        }
        if !CalendarDay.isValid(year: y, month: m, day: d) {
            // February 29 in a common year: take the nearest leap year in the same direction.
            if m == 2 && d == 29 {
                var k = y
                for _ in 0..<8 where !CalendarDay.isLeap(k) { k += direction == .future ? 1 : -1 }
                y = k
            } else {
                return .unresolved("XXXX-\(pad(m, 2))-\(pad(d, 2))", .date)
            }
        }
        return .day(CalendarDay(y, m, d), part: nil)
    }

    /// Quarters and halves are mostly reported after the fact: with no cue, the latest one that
    /// has begun.
    func resolveQuarter(_ q: Int, direction: TemporalDirection) -> TemporalValue {
        let direction = direction == .unknown ? .past : direction
        guard let y = yearFor(startMonth: q * 3 - 2, endMonth: q * 3, direction: direction) else {
            return .unresolved("XXXX-Q\(q)", .date)
        }
        return .quarter(year: y, quarter: q)
    }

    func resolveHalf(_ h: Int, direction: TemporalDirection) -> TemporalValue {
        let direction = direction == .unknown ? .past : direction
        guard let y = yearFor(startMonth: h * 6 - 5, endMonth: h * 6, direction: direction) else {
            return .unresolved("XXXX-H\(h)", .date)
        }
        return .half(year: y, half: h)
    }

    func resolveSeason(_ s: String, direction: TemporalDirection) -> TemporalValue {
        guard let anchor else { return .unresolved("XXXX-\(s)", .date) }
        let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 12
        if s == "WI" {
            // Winter straddles the new year: in January or February it is the one that began in December.
            if anchor.month <= 2 { return .season(year: anchor.year - 1, season: s) }
            if direction == .past && anchor.month < 12 { return .season(year: anchor.year - 1, season: s) }
            return .season(year: anchor.year, season: s)
        }
        let y = yearFor(startMonth: start, endMonth: start + 2, direction: direction) ?? anchor.year
        return .season(year: y, season: s)
    }

    /// A bare weekday: on or before the anchor (or `day`) in the past, on or after it in the future.
    func resolveWeekday(_ wd: Int, direction: TemporalDirection, strict: Bool = false, from day: CalendarDay? = nil) -> CalendarDay? {
        guard let anchor = day ?? anchor else { return nil }
        var diff = wd - anchor.weekday
        switch direction {
        case .future:
            if diff < 0 || (strict && diff == 0) { diff += 7 }
        case .past, .unknown:
            if diff > 0 || (strict && diff == 0) { diff -= 7 }
        }
        return anchor.adding(days: diff)
    }

    // MARK: Anaphora

    /// The day anaphoric phrases count from: the last placed day, else the anchor.
    var referenceDay: CalendarDay? {
        switch reference {
        case .day(let d, _)?: return d
        case .time(let d?, _, _)?: return d
        default: return anchor
        }
    }

    /// The value anaphoric phrases shift: the last placed date, else the anchor at `unit` granularity.
    func referenceValue(for unit: TemporalUnit) -> TemporalValue? {
        if let reference {
            switch reference {
            case .reference, .duration, .set, .unresolved, .decade, .century: break
            default: return reference
            }
        }
        return anchor.flatMap { value(of: $0, at: unit) }
    }

    /// The period of `unit` that contains `day`.
    func value(of day: CalendarDay, at unit: TemporalUnit) -> TemporalValue? {
        switch unit {
        case .day: return .day(day, part: nil)
        case .week, .fortnight: return .week(day)
        case .weekend: return .weekend(day)
        case .month: return .month(year: day.year, month: day.month)
        case .quarter: return .quarter(year: day.year, quarter: (day.month - 1) / 3 + 1)
        case .year: return .year(day.year)
        case .decade: return .decade(day.year / 10)
        case .century: return .century(day.year / 100)
        case .hour, .minute, .second: return nil
        }
    }
}
