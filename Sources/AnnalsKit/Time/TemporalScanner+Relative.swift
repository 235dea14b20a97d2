/// Grammars for dates counted from the anchor or from the last placed date: "today",
/// "Thursday night", "last Friday", "next week", "this year", "the previous day",
/// "two years ago", "a year earlier".
extension TemporalScanner {
    /// "today", "yesterday morning", "tomorrow", "tonight", "last night", "this morning",
    /// "the day before yesterday".
    func dayWord(at i: Int) -> Match? {
        var k = i
        var offset: Int
        var part: String?
        switch w(k) {
        case "today": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "tonight": offset = 0; part = "NI"
        case "last" where w(k + 1) == "night": offset = -1; part = "NI"; k += 1
        case "this" where TemporalLexicon.partsOfDay[w(k + 1)] != nil && w(k + 1) != "overnight":
            offset = 0; part = TemporalLexicon.partsOfDay[w(k + 1)]; k += 1
        case "the" where w(k + 1) == "day" && (w(k + 2) == "before" && w(k + 3) == "yesterday" || w(k + 2) == "after" && w(k + 3) == "tomorrow"):
            offset = w(k + 2) == "before" ? -2 : 2; k += 3
        default: return nil
        }
        k += 1
        if part == nil, let p = TemporalLexicon.partsOfDay[w(k)], w(k) != "overnight" { part = p; k += 1 }
        guard let anchor else {
            return Match(end: k, value: offset == 0 && part == nil ? .reference("PRESENT_REF") : .unresolved("XXXX-XX-XX", .date))
        }
        return Match(end: k, value: .day(anchor.adding(days: offset), part: part))
    }

    /// "Friday", "Friday night", "Thursday morning": placed by the tense around it.
    func weekday(at i: Int) -> Match? {
        guard let (wd, e) = weekdayName(at: i) else { return nil }
        var end = e
        var part: String?
        if let p = TemporalLexicon.partsOfDay[w(e)], w(e) != "overnight" { part = p; end = e + 1 }
        // 'on Monday of last week', 'Friday of the previous week': that weekday of the week named.
        if w(end) == "of", let m = deictic(at: end + 1), case .week(let d) = m.value {
            return Match(end: m.end, value: .day(d.monday.adding(days: wd), part: part))
        }
        // 'March 18 / ... worshippers leaving Friday prayers', 'Two days later, on a Sunday': the
        // day just told, when it is that weekday.
        if case .day(let ref, _)? = reference, ref.weekday == wd { return Match(end: end, value: .day(ref, part: part)) }
        // An indefinite weekday ('on a Sunday') places nothing itself.
        if i >= 1, w(i - 1) == "a" { return nil }
        guard let day = resolveWeekday(wd, direction: direction(i, end)) else {
            return Match(end: end, value: .unresolved("XXXX-WXX-\(wd + 1)", .date))
        }
        return Match(end: end, value: .day(day, part: part))
    }

    /// 'the week before, on the 18th,': a day of the month alone, after 'on the', in the month
    /// of the day last told, else in the anchor's month when that day has come, else the month
    /// before. Only before a punctuation mark or the end ('on the 18th floor' is no date).
    func dayOfMonthAlone(at i: Int) -> Match? {
        guard i >= 1, w(i) == "the", w(i - 1) == "on", let (d, e) = dayNumber(at: i + 1), e == i + 3, e >= tokens.count || tokens[e].kind == .punct else { return nil }
        var base: CalendarDay?
        if case .day(let ref, _)? = reference { base = ref }
        if base == nil, let anchor {
            base = d <= anchor.day ? anchor : anchor.adding(months: -1)
        }
        guard let b = base, CalendarDay.isValid(year: b.year, month: b.month, day: d) else { return nil }
        return Match(end: e, value: .day(CalendarDay(b.year, b.month, d), part: nil))
    }

    enum Deixis { case this, last, next, previous, following, that, latest, recentPast }

    static let deixisTable: [([String], Deixis)] = [
        (["this", "past"], .recentPast), (["this", "coming"], .next), (["the", "past"], .last), (["the", "last"], .last),
        (["the", "next"], .following), (["the", "coming"], .next), (["the", "previous"], .previous),
        (["the", "prior"], .previous), (["the", "preceding"], .previous), (["the", "following"], .following),
        (["the", "current"], .this), (["the", "same"], .that), (["that", "same"], .that), (["the", "latest"], .latest),
        (["the", "most", "recent"], .latest), (["this"], .this), (["last"], .last), (["past"], .last), (["next"], .next),
        (["coming"], .next), (["current"], .this), (["that"], .that), (["previous"], .previous), (["latest"], .latest),
    ]

    /// The determiner of a deictic phrase and where its head starts.
    func deixis(at i: Int) -> (Deixis, Int)? {
        guard has(i, .deixisStart) else { return nil }
        for (phrase, d) in Self.deixisTable {
            if let k = words(i, phrase) { return (d, k) }
        }
        return nil
    }

    /// "last week", "this year", "next Monday", "last July", "this summer", "the previous day",
    /// "the latest quarter", "that year", "the current fiscal year".
    func deictic(at i: Int) -> Match? {
        guard let (d, h) = deixis(at: i) else { return nil }
        var k = h
        if w(k) == "fiscal" { k += 1 }
        let head = w(k)
        let anaphoric = d == .previous || d == .following || d == .that
        // Units
        if let unit = unitAt(k), !head.hasSuffix("s") {
            guard let anchor else { return Match(end: k + 1, value: .unresolved("XXXX", .date)) }
            // "the last day of", "the first week of": ordinal use, not a date.
            if w(k + 1) == "of" && (d == .last || d == .this) { return nil }
            let step: Int
            switch d {
            case .this, .that: step = 0
            case .last, .previous, .latest, .recentPast: step = -1
            case .next, .following: step = 1
            }
            if unit == .day && !anaphoric { return nil }
            if unit == .weekend && (d == .this) {
                return Match(end: k + 1, value: .weekend(anchor))
            }
            let base: TemporalValue?
            if anaphoric {
                if let day = referenceDay, unit == .day || unit == .week || unit == .weekend {
                    base = value(of: day, at: unit)
                } else {
                    base = referenceValue(for: unit).flatMap { coarsen($0, to: unit) } ?? value(of: anchor, at: unit)
                }
            } else {
                base = value(of: anchor, at: unit)
            }
            guard let base, let shifted = step == 0 ? base : base.shifted(by: step, unit) else { return nil }
            return Match(end: k + 1, value: shifted)
        }
        guard let anchor else { return nil }
        // "the next morning", "that night", "the previous evening": a day from the last one placed.
        if anaphoric || d == .this, let part = TemporalLexicon.partsOfDay[head], d != .this, let day = referenceDay {
            let step = d == .previous ? -1 : d == .following ? 1 : 0
            return Match(end: k + 1, value: .day(day.adding(days: step), part: part))
        }
        // Month names: "last July", "this September", "next March"
        if let (m, e, _) = monthName(at: k) {
            // that July, the previous November, the following March: from the month last placed.
            if anaphoric, let ref = referenceValue(for: .month).flatMap({ coarsen($0, to: .month) }), case .month(let y, let rm) = ref {
                switch d {
                case .previous: return Match(end: e, value: .month(year: m < rm ? y : y - 1, month: m))
                case .following: return Match(end: e, value: .month(year: m > rm ? y : y + 1, month: m))
                default: return Match(end: e, value: .month(year: y, month: m))
                }
            }
            switch d {
            case .this, .that: return Match(end: e, value: .month(year: anchor.year, month: m))
            case .last, .previous, .latest, .recentPast:
                return Match(end: e, value: .month(year: m < anchor.month ? anchor.year : anchor.year - 1, month: m))
            case .next, .following:
                return Match(end: e, value: .month(year: m > anchor.month ? anchor.year : anchor.year + 1, month: m))
            }
        }
        // Weekdays: "last Friday", "next Monday", "this Thursday"
        if let (wd, e) = weekdayName(at: k) {
            var end = e
            var part: String?
            if let p = TemporalLexicon.partsOfDay[w(e)] { part = p; end += 1 }
            var day: CalendarDay?
            switch d {
            case .that:
                // "The same Sunday", "that Friday": the one nearest the day told before.
                if case .day(let ref, _)? = reference {
                    var diff = wd - ref.weekday
                    if diff > 3 { diff -= 7 } else if diff < -3 { diff += 7 }
                    day = ref.adding(days: diff)
                } else {
                    day = resolveWeekday(wd, direction: .future)
                }
            case .last, .latest, .recentPast: day = resolveWeekday(wd, direction: .past, strict: true)
            case .next: day = resolveWeekday(wd, direction: .future, strict: true)
            // 'The following Wednesday', 'the previous Friday': from the day told before.
            case .previous: day = resolveWeekday(wd, direction: .past, strict: true, from: referenceDay)
            case .following: day = resolveWeekday(wd, direction: .future, strict: true, from: referenceDay)
            case .this: day = resolveWeekday(wd, direction: .future)
            }
            guard let day else { return nil }
            // "this coming Thursday, Aug. 8"
            if isPunct(end, ","), let full = monthDate(at: end + 1) { return full }
            return Match(end: end, value: .day(day, part: part))
        }
        // Seasons: "last summer" (the previous year's), "this spring", "this past spring"
        if let s = seasonWord(at: k) {
            switch d {
            case .last, .previous:
                return Match(end: s.end, value: .season(year: anchor.year - 1, season: s.season))
            case .recentPast:
                return Match(end: s.end, value: resolveSeason(s.season, direction: .past))
            case .next, .following:
                return Match(end: s.end, value: resolveSeason(s.season, direction: .future))
            default:
                return Match(end: s.end, value: resolveSeason(s.season, direction: direction(i, s.end)))
            }
        }
        // "the latest period"
        if head == "period", d == .latest {
            return Match(end: k + 1, value: value(of: anchor, at: .quarter)?.shifted(by: -1, .quarter) ?? .year(anchor.year))
        }
        // "the latest third quarter" and other ordinals fall to the period grammar.
        return nil
    }

    /// Reduces a value to a coarser unit ("the following year" after "March 3, 2011" is 2012).
    func coarsen(_ v: TemporalValue, to unit: TemporalUnit) -> TemporalValue? {
        let day: CalendarDay?
        switch v {
        case .day(let d, _), .week(let d), .weekend(let d): day = d
        case .month(let y, let m): day = CalendarDay(y, m, 1)
        case .quarter(let y, let q): day = CalendarDay(y, q * 3 - 2, 1)
        case .half(let y, let h): day = CalendarDay(y, h * 6 - 5, 1)
        case .season(let y, let s): day = CalendarDay(y, ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 1, 1)
        case .year(let y): day = unit == .year || unit == .decade || unit == .century ? CalendarDay(y, 1, 1) : nil
        default: day = nil
        }
        return day.flatMap { value(of: $0, at: unit) }
    }

    /// "two years ago", "16 months earlier", "a week or so ago", "almost four years ago",
    /// "three days later", "a decade ago"; vague counts ("several years ago") are PAST_REF.
    func offset(at i: Int) -> Match? {
        // 'The day after the invasion began', 'the day before the vote': a day from the one told
        // before, when one was. Not in apposition to a date ('On Feb. 25, the day after ...').
        if w(i) == "the", !isPunct(i - 1, ","), w(i + 1) == "day", ["after", "before"].contains(w(i + 2)), i + 3 < tokens.count, tokens[i + 3].kind == .word,
           !["yesterday", "tomorrow"].contains(w(i + 3)), case .day(let ref, _)? = reference {
            return Match(end: i + 3, value: .day(ref.adding(days: w(i + 2) == "after" ? 1 : -1), part: nil))
        }
        guard let q = quantity(at: i) else { return nil }
        var e = q.end
        if w(e) == "or", w(e + 1) == "so" { e += 2 }
        let sign: Int
        var anaphoric = false
        switch w(e) {
        case "ago", "back": sign = -1
        case "earlier":
            sign = -1; anaphoric = true
        case "before" where !(e + 1 < tokens.count && tokens[e + 1].kind == .word):
            sign = -1; anaphoric = true
        // 'Six days before that', 'a week after that': from the date told before.
        case "before" where w(e + 1) == "that", "after" where w(e + 1) == "that":
            sign = w(e) == "before" ? -1 : 1; anaphoric = true; e += 1
        case "later":
            sign = 1; anaphoric = true
        case "after" where !(e + 1 < tokens.count && tokens[e + 1].kind == .word):
            sign = 1; anaphoric = true
        case "from" where w(e + 1) == "now": sign = 1; e += 1
        case "hence": sign = 1
        default: return nil
        }
        e += 1
        guard let count = q.count else {
            return Match(end: e, value: .reference(sign < 0 ? "PAST_REF" : "FUTURE_REF"))
        }
        // Fractions move to a finer unit: a year and a half is 18 months.
        var unit = q.unit
        var n = count
        if n != n.rounded() {
            switch unit {
            case .year: unit = .month; n *= 12
            case .decade: unit = .year; n *= 10
            case .month: unit = .day; n *= 30
            case .week: unit = .day; n *= 7
            default: break
            }
        }
        let steps = Int(n.rounded()) * sign
        guard let anchor else { return Match(end: e, value: .unresolved("XXXX-XX-XX", .date)) }
        switch unit {
        case .hour, .minute, .second: return nil
        default: break
        }
        // "Sixty years ago today", "ten years ago this week": an anniversary names the day (or
        // week, month) that many years before the anchor.
        if sign < 0, !anaphoric, [.year, .decade, .century, .month].contains(unit) {
            let finer: (TemporalUnit, Int)? = w(e) == "today" ? (.day, 1)
                : w(e) == "this" && ["week", "month"].contains(w(e + 1)) && !(unit == .month && w(e + 1) == "month") ? (w(e + 1) == "week" ? .week : .month, 2)
                : nil
            if let (f, words) = finer, let v = value(of: anchor, at: f)?.shifted(by: steps, unit) {
                return Match(end: e + words, value: v)
            }
        }
        // "a decade ago" is a year; "ago" counts from the anchor, "earlier"/"later" from the last date.
        // "two weeks ago" is a day, as TempEval annotators mostly wrote it.
        // "less than two weeks ago", "about ten days ago": an estimate names the week, not a day.
        let granularity: TemporalUnit = unit == .decade || unit == .century ? .year
            : q.approximate && (unit == .fortnight || unit == .week || unit == .day) ? .week
            : unit == .fortnight || unit == .week ? .day : unit
        let base: TemporalValue?
        if anaphoric, reference != nil, let ref = referenceValue(for: granularity) {
            base = ref
        } else if anaphoric, sign > 0 {
            // "Three days later" with no date told before: not three days after publication.
            return Match(end: e, value: .unresolved("XXXX-XX-XX", .date))
        } else {
            base = value(of: anchor, at: granularity)
        }
        guard let base, let v = base.shifted(by: steps, unit) else { return nil }
        return Match(end: e, value: v)
    }
}
