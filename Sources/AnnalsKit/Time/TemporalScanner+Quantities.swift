/// Grammars for counted time and for words that only point at a time: durations ("16 months",
/// "a decade", "the past five years"), sets ("daily", "every week"), references ("now",
/// "recently", "the future"), bare units ("the year", "the weekend") and clock times.
extension TemporalScanner {
    struct Quantity {
        /// nil for vague counts ("several", "a few").
        var count: Double?
        var unit: TemporalUnit
        var end: Int
        /// "less than two weeks", "about ten days": a bound or estimate, not an exact count.
        var approximate = false
    }

    /// Hedges that join a count: "almost four years", "more than 90 days".
    static let hedges: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"], ["as", "many", "as"],
        ["almost"], ["nearly"], ["about"], ["roughly"], ["approximately"], ["around"], ["just"], ["only"], ["over"],
        ["barely"], ["some"], ["under"], ["another"],
    ]

    /// A count and a unit: "16 months", "two and a half years", "a decade", "several weeks",
    /// "a few days", "a year and a half", "twenty-five years".
    func quantity(at i: Int) -> Quantity? {
        var k = i
        var approximate = false
        for h in Self.hedges where has(k, .hedgeStart) {
            if let e = words(k, h) { k = e; approximate = !["just", "only", "another"].contains(h[0]); break }
        }
        var count: Double?
        var vague = false
        if k < tokens.count, tokens[k].kind == .number, let v = tokens[k].decimal {
            count = v; k += 1
        } else if let (n, e) = cardinalWords(at: k) {
            count = Double(n); k = e
        } else {
            switch w(k) {
            case "a", "an":
                if w(k + 1) == "few" || w(k + 1) == "number" && w(k + 2) == "of" {
                    vague = true; k += w(k + 1) == "few" ? 2 : 3
                } else if w(k + 1) == "couple" {
                    count = 2; k += 2
                    if w(k) == "of" { k += 1 }
                } else if w(k + 1) == "dozen" {
                    count = 12; k += 2
                } else {
                    count = 1; k += 1
                }
            case "half":
                guard w(k + 1) == "a" || w(k + 1) == "an" else { return nil }
                count = 0.5; k += 2
            case "several", "few", "many", "numerous":
                vague = true; k += 1
            case "couple":
                guard w(k + 1) == "of" else { return nil }
                count = 2; k += 2
            case "dozens", "hundreds", "thousands":
                guard w(k + 1) == "of" else { return nil }
                vague = true; k += 2
            default:
                // "some years" (vague) but not "some 20 years" (hedge, handled above)
                if w(k - 1) == "some" && k == i + 1 {
                    vague = true
                } else {
                    return nil
                }
            }
        }
        if count == nil && !vague { return nil }
        if k < tokens.count, tokens[k].kind == .number { return nil }
        // "two-and-a-half", "2 1/2" are rare; "and a half" after the unit is handled below.
        // "two and a half years"
        if let c = count, w(k) == "and", w(k + 1) == "a", w(k + 2) == "half" { count = c + 0.5; k += 3 }
        var hyphenated = false
        if isPunct(k, "-"), count != nil, attached(k) { k += 1; hyphenated = true }  // "16-month"
        guard let unit = unitAt(k) else { return nil }
        let plural = w(k).hasSuffix("s") || w(k) == "centuries"
        if vague && !plural { return nil }
        // "the 1988 quarter" is not 1988 quarters: a singular unit takes one, a half or a hyphen.
        if !plural, !hyphenated, let c = count, c > 1 { return nil }
        k += 1
        if let c = count, w(k) == "and", w(k + 1) == "a", w(k + 2) == "half" {
            count = c + 0.5; k += 3
        }
        return Quantity(count: vague ? nil : count, unit: unit, end: k, approximate: approximate)
    }

    /// 1-999 in words: "sixteen", "twenty-five", "ninety nine", "two hundred".
    func cardinalWords(at i: Int) -> (Int, Int)? {
        guard let (n, e) = smallCardinal(at: i) else {
            if w(i) == "hundred" { return nil }
            return nil
        }
        if w(e) == "hundred" {
            var k = e + 1
            var total = n * 100
            if w(k) == "and" { k += 1 }
            if let (m, me) = smallCardinal(at: k) { total += m; k = me } else if w(e + 1) == "and" { k = e + 1 }
            return (total, k)
        }
        return (n, e)
    }

    /// TIMEX3 duration text for a count of units.
    func durationValue(_ count: Double?, _ unit: TemporalUnit) -> String {
        func number(_ x: Double) -> String {
            x == x.rounded() ? String(Int(x)) : String(x)
        }
        guard let c = count else {
            switch unit {
            case .second: return "PTXS"
            case .minute: return "PTXM"
            case .hour: return "PTXH"
            case .day: return "PXD"
            case .week, .fortnight: return "PXW"
            case .weekend: return "PXWE"
            case .month: return "PXM"
            case .quarter: return "PXQ"
            case .year: return "PXY"
            case .decade: return "PXDE"
            case .century: return "PXCE"
            }
        }
        switch unit {
        case .second: return "PT\(number(c))S"
        case .minute: return "PT\(number(c))M"
        case .hour: return "PT\(number(c))H"
        case .day: return "P\(number(c))D"
        case .week: return "P\(number(c))W"
        case .fortnight: return "P\(number(c * 2))W"
        case .weekend: return "P\(number(c))WE"
        case .month: return "P\(number(c))M"
        case .quarter: return "P\(number(c))Q"
        case .year: return "P\(number(c))Y"
        case .decade: return "P\(number(c * 10))Y"
        case .century: return "P\(number(c * 100))Y"
        }
    }

    static let durationLeads: [([String], Deixis)] = [
        (["the", "past"], .last), (["the", "last"], .last), (["the", "next"], .next), (["the", "coming"], .next),
        (["the", "previous"], .last), (["the", "following"], .next), (["the", "first"], .this), (["past"], .last),
        (["last"], .last), (["next"], .next), (["coming"], .next), (["in", "the", "coming"], .next),
        (["recent"], .recentPast), (["the", "recent"], .recentPast), (["in", "recent"], .recentPast),
        (["future"], .next),
    ]

    /// "16 months", "a decade", "the past five years", "the next 90 days", "years", "recent
    /// years" (PAST_REF), "the coming months" (FUTURE_REF).
    func duration(at i: Int) -> Match? {
        var k = i
        var lead: Deixis?
        for (phrase, d) in Self.durationLeads where has(k, .leadStart) {
            if let e = words(k, phrase) { k = e; lead = d; break }
        }
        if let q = quantity(at: k) {
            if q.count == nil, let lead, lead != .this {
                return Match(end: q.end, value: .reference(lead == .next ? "FUTURE_REF" : "PAST_REF"))
            }
            return Match(end: q.end, value: .duration(durationValue(q.count, q.unit)))
        }
        // Bare plurals: "years", "recent years", "the coming months", "decades"
        let head = w(k)
        if let unit = unitAt(k), head.hasSuffix("s") || head == "centuries" {
            if let lead {
                if lead == .this { return nil }
                return Match(end: k + 1, value: .reference(lead == .next ? "FUTURE_REF" : "PAST_REF"))
            }
            if unit == .second || unit == .weekend { return nil }
            return Match(end: k + 1, value: .duration(durationValue(nil, unit)))
        }
        return nil
    }

    static let frequencyAdverbs: [String: String] = [
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
        "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "hourly": "PT1H",
    ]

    /// "daily", "weekly", "annually", "every week", "each year", "every two years", "every Friday".
    func frequency(at i: Int) -> Match? {
        if let v = Self.frequencyAdverbs[w(i)] { return Match(end: i + 1, value: .set(v)) }
        guard w(i) == "every" || w(i) == "each" || w(i) == "per" else { return nil }
        if let (wd, e) = weekdayName(at: i + 1) { return Match(end: e, value: .set("XXXX-WXX-\(wd + 1)")) }
        if let q = quantity(at: i + 1), let c = q.count {
            return Match(end: q.end, value: .set(durationValue(c, q.unit)))
        }
        if let unit = unitAt(i + 1), !w(i + 1).hasSuffix("s") {
            return Match(end: i + 2, value: .set(durationValue(1, unit)))
        }
        return nil
    }

    static let referencePhrases: [([String], String)] = [
        (["the", "near", "future"], "FUTURE_REF"), (["the", "future"], "FUTURE_REF"), (["future"], "FUTURE_REF"),
        (["soon"], "FUTURE_REF"), (["the", "years", "ahead"], "FUTURE_REF"), (["the", "near", "term"], "FUTURE_REF"),
        (["the", "short", "term"], "FUTURE_REF"), (["the", "long", "term"], "FUTURE_REF"), (["a", "later", "date"], "FUTURE_REF"),
        (["the", "time", "being"], "PRESENT_REF"),
        (["the", "past"], "PAST_REF"), (["recently"], "PAST_REF"), (["recent"], "PAST_REF"), (["lately"], "PAST_REF"),
        (["previously"], "PAST_REF"), (["formerly"], "PAST_REF"), (["earlier"], "PAST_REF"), (["at", "the", "time"], "PAST_REF"),
        (["once", "upon", "a", "time"], "PAST_REF"),
        (["right", "now"], "PRESENT_REF"), (["now"], "PRESENT_REF"), (["currently"], "PRESENT_REF"),
        (["current"], "PRESENT_REF"), (["at", "present"], "PRESENT_REF"), (["presently"], "PRESENT_REF"),
        (["nowadays"], "PRESENT_REF"), (["these", "days"], "PRESENT_REF"), (["at", "the", "moment"], "PRESENT_REF"),
        (["the", "present"], "PRESENT_REF"), (["today", "'", "s"], "PRESENT_REF"),
    ]

    /// "now", "currently", "recently", "the past", "the future", "soon", "at the time".
    func referenceWord(at i: Int) -> Match? {
        guard has(i, .referenceStart) else { return nil }
        for (p, v) in Self.referencePhrases {
            if let e = words(i, p) ?? (p.contains("'") ? wordsWithApostrophe(i, p) : nil) {
                // "the past five years" and "the past week" belong to other grammars.
                if p == ["the", "past"], unitAt(e) != nil || quantity(at: e) != nil { return nil }
                return Match(end: e, value: .reference(v))
            }
        }
        return nil
    }

    private func wordsWithApostrophe(_ i: Int, _ p: [String]) -> Int? {
        var k = i
        for s in p {
            if s == "'" {
                guard isPunct(k, "'") else { return nil }
            } else {
                guard w(k) == s else { return nil }
            }
            k += 1
        }
        return k
    }

    /// "the year", "the week", "the month", "the weekend", "the quarter": the period around the
    /// last placed date, else the anchor's (the quarter is the last reported, completed one).
    func bareUnit(at i: Int) -> Match? {
        guard w(i) == "the", let anchor else { return nil }
        var k = i + 1
        if w(k) == "fiscal" || w(k) == "full" || w(k) == "calendar" { k += 1 }
        guard let unit = unitAt(k), [.year, .month, .week, .weekend, .quarter].contains(unit) else { return nil }
        if unit == .week, w(k + 1) == "of", let m = monthDate(at: k + 2), case .day(let d, _) = m.value {
            return Match(end: m.end, value: .week(d))
        }
        // "the year before", "the week of the attack", "the month-long": leave these alone.
        if w(k + 1) == "of" || isPunct(k + 1, "-") || w(k + 1) == "before" || w(k + 1) == "after" { return nil }
        switch unit {
        case .weekend:
            let d = direction(i, k + 1)
            if d == .future || (d == .unknown && anchor.weekday > 1) { return Match(end: k + 1, value: .weekend(anchor)) }
            return Match(end: k + 1, value: .weekend(anchor.weekday >= 5 ? anchor : anchor.adding(days: -7)))
        case .quarter:
            if let r = reference, case .quarter = r { return Match(end: k + 1, value: r) }
            return Match(end: k + 1, value: value(of: anchor, at: .quarter)?.shifted(by: -1, .quarter) ?? .year(anchor.year))
        default:
            if let r = referenceValue(for: unit).flatMap({ coarsen($0, to: unit) }) { return Match(end: k + 1, value: r) }
            return value(of: anchor, at: unit).map { Match(end: k + 1, value: $0) }
        }
    }

    /// "9 a.m.", "9:30 p.m.", "10 am", "noon", "midnight", with a day after or before:
    /// "9 a.m. Tuesday", "Tuesday at 9 a.m.".
    func clockTime(at i: Int) -> Match? {
        var k = i
        // A clock time alone is on the day told last ('On Friday the crowd grew. At 3 p.m. ...'),
        // else the anchor's.
        var day: CalendarDay? = referenceDay
        // "Tuesday at 9 a.m."
        if let wd = weekday(at: k) ?? dayWord(at: k), w(wd.end) == "at", case .day(let d, _) = wd.value {
            day = d; k = wd.end + 1
        }
        var hour: Int
        var minute = 0
        if w(k) == "noon" || w(k) == "midday" {
            hour = 12; k += 1
        } else if w(k) == "midnight" {
            hour = 0; k += 1
        } else {
            guard k < tokens.count, let h = tokens[k].integer, tokens[k].digitCount <= 2, h <= 24 else { return nil }
            hour = h; k += 1
            if isPunct(k, ":"), attached(k), k + 1 < tokens.count, let m = tokens[k + 1].integer, tokens[k + 1].digitCount == 2, m < 60 {
                minute = m; k += 2
            }
            // a.m. / p.m. / am / pm
            var meridiem = ""
            if (w(k) == "a" || w(k) == "p"), isPunct(k + 1, "."), w(k + 2) == "m" {
                meridiem = w(k); k += 3
                if isPunct(k, "."), attached(k), !(k + 1 == tokens.count) { k += 1 }
            } else if w(k) == "am" || w(k) == "pm" {
                meridiem = String(w(k).prefix(1)); k += 1
            } else if w(k) == "o", isPunct(k + 1, "'"), w(k + 2) == "clock" {
                k += 3
            } else if minute == 0 || hour > 24 {
                return nil
            }
            guard hour <= 12 || meridiem.isEmpty else { return nil }
            if meridiem == "p" && hour < 12 { hour += 12 }
            if meridiem == "a" && hour == 12 { hour = 0 }
        }
        for zone in ["gmt", "utc", "et", "est", "edt", "pt", "pst", "local"] where w(k) == zone {
            k += 1
            if zone == "local", w(k) == "time" { k += 1 }
            break
        }
        // "9 a.m. Tuesday", "10 p.m. yesterday"
        if let d = weekday(at: k) ?? dayWord(at: k), case .day(let dd, _) = d.value {
            day = dd; k = d.end
        } else if w(k) == "on", let d = weekday(at: k + 1), case .day(let dd, _) = d.value {
            day = dd; k = d.end
        }
        return Match(end: k, value: .time(day, hour: hour, minute: minute))
    }
}
