/// Grammars for dates the text spells out: "July 6th, 2012", "6 August", "2012-07-12",
/// "12/07/2012", "August 2011", "2010", "the 1990s", "the '90s", "fiscal 1989", "Q3",
/// "the third quarter of 2012", "summer 2011", "the 20th century".
extension TemporalScanner {
    // MARK: Pieces

    /// A month name at `i`: "August", "Aug.", "Sept".
    func monthName(at i: Int) -> (month: Int, end: Int, ambiguous: Bool)? {
        guard i < tokens.count, tokens[i].kind == .word, capitalized(i) else { return nil }
        let word = tokens[i].lower
        if let m = TemporalLexicon.months[word] {
            return (m, i + 1, TemporalLexicon.ambiguousMonths.contains(word))
        }
        if let m = TemporalLexicon.monthAbbreviations[word] {
            if isPunct(i + 1, ".") && attached(i + 1) { return (m, i + 2, false) }
            // Without its full stop an abbreviation is also a name ('Former minister Jan Novak').
            return (m, i + 1, true)
        }
        return nil
    }

    /// A day of the month: "6", "6th", "06".
    func dayNumber(at i: Int) -> (day: Int, end: Int)? {
        guard i < tokens.count, let d = tokens[i].integer, tokens[i].digitCount <= 2, d >= 1, d <= 31 else { return nil }
        if attached(i + 1), TemporalLexicon.ordinalSuffixes.contains(w(i + 1)) { return (d, i + 2) }
        // "6 August" needs the number to stand alone: not "6-3", "6:30", "6.5".
        if attached(i + 1), isPunct(i + 1, "-") || isPunct(i + 1, "/") { return nil }
        // A colon after the day ends a heading ("March 9: ..."), unless a clock time follows.
        if attached(i + 1), isPunct(i + 1, ":"), i + 2 < tokens.count, tokens[i + 2].kind == .number { return nil }
        return (d, i + 1)
    }

    static let yearQuantityCues: Set<String> = [
        "about", "nearly", "almost", "approximately", "around", "than", "least", "roughly", "some", "estimated", "over",
        "under", "total", "only", "just", "additional", "another",
    ]
    static let yearNumberedNouns: Set<String> = [
        "resolution", "resolutions", "no", "no.", "number", "nos", "flight", "route", "article", "section",
        "chapter", "bill", "law", "decree", "directive", "regulation", "item", "room", "page", "case", "model", "code",
    ]
    static let spelledCenturies: [String: Int] = ["eighteen": 18, "nineteen": 19, "twenty": 20]

    /// A four-digit year that reads as a year, not a quantity ("2010", not "$2010" or "2000 people"
    /// after "about").
    func yearNumber(at i: Int) -> (year: Int, end: Int)? {
        guard i < tokens.count, let y = tokens[i].integer, tokens[i].digitCount == 4, y >= 1000, y <= 2099 else { return nil }
        if i > 0, tokens[i - 1].kind == .punct, ["$", "#", "€", "£"].contains(tokens[i - 1].lower) { return nil }
        if i > 0, tokens[i - 1].kind == .punct, attached(i), ["-", ":", "/", ".", ","].contains(tokens[i - 1].lower),
           i > 1, tokens[i - 2].kind == .number { return nil }
        if isPunct(i + 1, "%") || ["percent", "per", "gmt", "hours", "hrs", "utc", "bst"].contains(w(i + 1)) { return nil }
        // 2011.5 and 1230:45 are numbers; a colon after a date ends it (Oct. 4, 2011: ...).
        if attached(i + 1), isPunct(i + 1, ":") || isPunct(i + 1, "."), i + 2 < tokens.count, tokens[i + 2].kind == .number, attached(i + 2) {
            return nil
        }
        if Self.yearQuantityCues.contains(w(i - 1)) { return nil }
        // A numbered thing, not a year: "resolution 2043", "No. 1973", "flight 2012".
        if Self.yearNumberedNouns.contains(w(i - 1)) { return nil }
        if attached(i + 1), i + 1 < tokens.count, tokens[i + 1].kind == .word, w(i + 1) != "s" { return nil }
        return (y, i + 1)
    }

    /// A year spelled in words: "nineteen ninety-six", "two thousand", "two thousand and five".
    func spelledYear(at i: Int) -> (year: Int, end: Int)? {
        guard has(i, .spelledYearStart) else { return nil }
        let first = w(i)
        if first == "two", w(i + 1) == "thousand" {
            var k = i + 2
            if w(k) == "and" { k += 1 }
            if let (n, e) = smallCardinal(at: k), n < 100 { return (2000 + n, e) }
            return (2000, i + 2)
        }
        guard let century = Self.spelledCenturies[first] else { return nil }
        let k = i + 1
        if w(k) == "hundred" { return (century * 100, k + 1) }
        guard let (n, e) = smallCardinal(at: k), n >= 10, n < 100 else { return nil }
        return (century * 100 + n, e)
    }

    /// "ninety-six", "ninety six", "twelve", "forty" (1-99 in words).
    func smallCardinal(at i: Int) -> (Int, Int)? {
        let first = w(i)
        guard has(i, .cardinal), let n = TemporalLexicon.cardinals[first], n < 100 else { return nil }
        if TemporalLexicon.tens.contains(first) {
            var k = i + 1
            if isPunct(k, "-") { k += 1 }
            if let unit = TemporalLexicon.cardinals[w(k)], unit >= 1, unit <= 9 { return (n + unit, k + 1) }
        }
        return (n, i + 1)
    }

    /// A year in digits or words, or a deictic year ("this year", "last year", "next year").
    func anyYear(at i: Int) -> (year: Int, end: Int)? {
        if let y = yearNumber(at: i) { return y }
        if let y = spelledYear(at: i) { return y }
        if let anchor, w(i + 1) == "year" {
            switch w(i) {
            case "this": return (anchor.year, i + 2)
            case "last": return (anchor.year - 1, i + 2)
            case "next": return (anchor.year + 1, i + 2)
            default: break
            }
        }
        return nil
    }

    // MARK: Dates

    func absoluteDate(at i: Int) -> Match? {
        // "Tuesday, Aug. 7" / "Tuesday Aug. 7": the weekday adds nothing to a date with its
        // year; one without takes the nearest year in which the day is that weekday ("on
        // Tuesday, 17 November" told in May 2022 is 2020's, not 2021's, a Wednesday).
        if let wd = weekdayName(at: i) {
            var k = wd.end
            if isPunct(k, ",") { k += 1 }
            if var m = monthDate(at: k) ?? dayMonth(at: k) {
                let yearGiven = (k..<m.end).contains { tokens[$0].kind == .number && tokens[$0].digitCount == 4 }
                if !yearGiven, case .day(let day, let part) = m.value, day.weekday != wd.weekday,
                   let fitting = yearFitting(weekday: wd.weekday, month: day.month, day: day.day, from: day.year, direction: direction(i, m.end)) {
                    m.value = .day(CalendarDay(fitting, day.month, day.day), part: part)
                }
                return m
            }
        }
        if let m = monthDate(at: i) { return m }
        if let m = dayMonth(at: i) { return m }
        if let m = numericDate(at: i) { return m }
        if let m = yearExpression(at: i) { return m }
        return nil
    }

    /// The year nearest `year`, at most six back (or ahead, for the future), in which
    /// `month`/`day` falls on `weekday`; nil when none does.
    func yearFitting(weekday: Int, month: Int, day: Int, from year: Int, direction: TemporalDirection) -> Int? {
        let step = direction == .future ? 1 : -1
        return (1...6).lazy.map { year + step * $0 }.first { y in
            CalendarDay.isValid(year: y, month: month, day: day) && CalendarDay(y, month, day).weekday == weekday
        }
    }

    /// "July 6th, 2012", "Aug. 6", "August 2011", "August", "May 2010".
    func monthDate(at i: Int) -> Match? {
        guard let (m, e, ambiguous) = monthName(at: i) else { return nil }
        if let (d, k) = dayNumber(at: e) {
            // Not "March 3-1 vote": a day is followed by a comma, a year, a word or the end.
            var end = k
            var year: Int?
            if isPunct(k, ","), let (y, ye) = yearNumber(at: k + 1) {
                year = y; end = ye
            } else if let (y, ye) = anyYear(at: k) {
                year = y; end = ye
            }
            if let year {
                guard CalendarDay.isValid(year: year, month: m, day: d) else { return nil }
                return Match(end: end, value: .day(CalendarDay(year, m, d), part: nil))
            }
            return Match(end: end, value: resolveMonthDay(month: m, day: d, direction: direction(i, end)))
        }
        var k = e
        if isPunct(k, ",") || w(k) == "of" { k += 1 }
        if let (y, ye) = anyYear(at: k) { return Match(end: ye, value: .month(year: y, month: m)) }
        if ambiguous && !isStandalone(i, e) && !monthContext(before: i, after: e) { return nil }
        return Match(end: e, value: resolveMonth(m, direction: direction(i, e)))
    }

    /// Words that make a bare "May" or "March" a month: "in May", "last March", "May and June".
    func monthContext(before i: Int, after e: Int) -> Bool {
        let before: Set<String> = [
            "in", "since", "until", "till", "by", "of", "last", "next", "this", "early", "late", "mid", "from", "through",
            "during", "before", "after", "between", "to", "and", "or", "every", "each", "that", "until", "throughout",
            "around", "past", "coming",
        ]
        if before.contains(w(i - 1)) || isPunct(i - 1, "-") { return true }
        if w(e) == "and" || w(e) == "or", monthName(at: e + 1) != nil { return true }
        return false
    }

    /// "6 August", "6th August 2012", "the 6th of August".
    func dayMonth(at i: Int) -> Match? {
        var k = i
        if w(k) == "the" { k += 1 }
        guard let (d, de) = dayNumber(at: k) else { return nil }
        var e = de
        if w(e) == "of" { e += 1 } else if k != i { return nil }
        guard let (m, me, _) = monthName(at: e) else { return nil }
        var end = me
        var year: Int?
        if isPunct(me, ","), let (y, ye) = yearNumber(at: me + 1) {
            year = y; end = ye
        } else if let (y, ye) = anyYear(at: me) {
            year = y; end = ye
        }
        if let year {
            guard CalendarDay.isValid(year: year, month: m, day: d) else { return nil }
            return Match(end: end, value: .day(CalendarDay(year, m, d), part: nil))
        }
        return Match(end: end, value: resolveMonthDay(month: m, day: d, direction: direction(i, end)))
    }

    /// "2012-07-12", "2012/07/12", "7/12/2012", "12/07/12". When both day-first and month-first
    /// readings are valid, the one nearer the anchor (and not after it) wins; US order without one.
    func numericDate(at i: Int) -> Match? {
        guard i + 4 < tokens.count, let a = tokens[i].integer, let b = tokens[i + 2].integer, let c = tokens[i + 4].integer,
              attached(i + 1), attached(i + 2), attached(i + 3), attached(i + 4),
              tokens[i + 1].kind == .punct, tokens[i + 1].lower == tokens[i + 3].lower,
              ["-", "/", "."].contains(tokens[i + 1].lower) else { return nil }
        if attached(i + 5), i + 5 < tokens.count, tokens[i + 5].kind == .number || isPunct(i + 5, "/") || isPunct(i + 5, "-") {
            return nil
        }
        let sep = tokens[i + 1].lower
        if tokens[i].digitCount == 4 {
            guard tokens[i + 2].digitCount <= 2, tokens[i + 4].digitCount <= 2,
                  CalendarDay.isValid(year: a, month: b, day: c) else { return nil }
            return Match(end: i + 5, value: .day(CalendarDay(a, b, c), part: nil))
        }
        guard sep != "-" || tokens[i + 4].digitCount == 4, tokens[i].digitCount <= 2, tokens[i + 2].digitCount <= 2,
              tokens[i + 4].digitCount == 4 || tokens[i + 4].digitCount == 2 else { return nil }
        var year = c
        if tokens[i + 4].digitCount == 2 {
            let pivot = ((anchor?.year ?? 2030) % 100) + 1
            year = c <= pivot ? 2000 + c : 1900 + c
        }
        let monthFirst = CalendarDay.isValid(year: year, month: a, day: b) ? CalendarDay(year, a, b) : nil
        let dayFirst = CalendarDay.isValid(year: year, month: b, day: a) ? CalendarDay(year, b, a) : nil
        let chosen: CalendarDay?
        switch (monthFirst, dayFirst) {
        case (nil, nil): return nil
        case (let x?, nil): chosen = x
        case (nil, let y?): chosen = y
        case (let x?, let y?):
            if x == y || anchor == nil {
                chosen = x
            } else if let anchor {
                func cost(_ d: CalendarDay) -> Int {
                    let diff = d.dayNumber - anchor.dayNumber
                    return diff <= 0 ? -diff : diff * 4  // a day after publication is less likely
                }
                chosen = cost(x) <= cost(y) ? x : y
            } else {
                chosen = x
            }
        }
        guard let chosen else { return nil }
        return Match(end: i + 5, value: .day(chosen, part: nil))
    }

    /// "2010", "fiscal 1989", "FY2012", "the year 2000", "1990s", "the '90s", "'58".
    func yearExpression(at i: Int) -> Match? {
        var k = i
        if w(k) == "the" && (w(k + 1) == "year" || tokens.indices.contains(k + 1) && tokens[k + 1].kind != .word) { k += 1 }
        if w(k) == "year", let (y, e) = anyYear(at: k + 1) { return Match(end: e, value: .year(y)) }
        if w(k) == "fiscal" || w(k) == "fy" {
            var f = k + 1
            if w(f) == "year" { f += 1 }
            if let (y, e) = anyYear(at: f) { return Match(end: e, value: .year(y)) }
            if w(k) == "fy", let n = tokens.indices.contains(f) ? tokens[f].integer : nil, tokens[f].digitCount == 2, attached(f) {
                return Match(end: f + 1, value: .year(2000 + n))
            }
        }
        // '90s and '58
        if isPunct(k, "'"), k + 1 < tokens.count, let n = tokens[k + 1].integer, tokens[k + 1].digitCount == 2, attached(k + 1) {
            let century = shortYearCentury(n)
            if w(k + 2) == "s", attached(k + 2), n % 10 == 0 { return Match(end: k + 3, value: .decade(century * 10 + n / 10)) }
            if !(k + 2 < tokens.count && tokens[k + 2].kind == .number) { return Match(end: k + 2, value: .year(century * 100 + n)) }
        }
        // "70s", "the 80s"
        if k < tokens.count, let n = tokens[k].integer, tokens[k].digitCount == 2, n % 10 == 0, w(k + 1) == "s", attached(k + 1) {
            return Match(end: k + 2, value: .decade(shortYearCentury(n) * 10 + n / 10))
        }
        if let (y, e) = yearNumber(at: k) {
            if w(e) == "s", attached(e) {
                return y % 10 == 0 ? Match(end: e + 1, value: .decade(y / 10)) : nil
            }
            if isPunct(e, "'"), w(e + 1) == "s", attached(e), y % 10 == 0 {
                return Match(end: e + 2, value: .decade(y / 10))
            }
            guard k == i else { return nil }  // "the 2010" is not a date phrase
            return Match(end: e, value: .year(y))
        }
        if k == i, let (y, e) = spelledYear(at: k), spelledYearContext(i) { return Match(end: e, value: .year(y)) }
        return nil
    }

    /// Spelled years are only read as years after words that introduce one.
    func spelledYearContext(_ i: Int) -> Bool {
        ["in", "of", "since", "year", "until", "by", "from", "during"].contains(w(i - 1)) || isStandalone(i, i + 1) || i == 0
    }

    /// The century of a two-digit year: the most recent one that does not put it in the future.
    func shortYearCentury(_ n: Int) -> Int {
        let now = anchor?.year ?? 2030
        return n <= (now % 100) + 1 ? now / 100 : now / 100 - 1
    }

    // MARK: Named periods

    /// Quarters, halves, seasons, decades in words and centuries.
    func periodName(at i: Int) -> Match? {
        var k = i
        let hasThe = w(k) == "the"
        if hasThe { k += 1 }
        // "Q3", "Q3 2012"
        if w(k) == "q", capitalized(k), k + 1 < tokens.count, let q = tokens[k + 1].integer, attached(k + 1), (1...4).contains(q) {
            if let (y, e) = yearNumber(at: k + 2) { return Match(end: e, value: .quarter(year: y, quarter: q)) }
            return Match(end: k + 2, value: resolveQuarter(q, direction: direction(i, k + 2)))
        }
        if let m = ordinalPeriod(at: k, year: nil) { return m }
        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if hasThe, let (y, ye) = yearNumber(at: k) {
            if let m = ordinalPeriod(at: ye, year: y) { return m }
            if w(ye) == "quarter" || w(ye) == "period" {
                var q = 4
                if case .quarter(_, let rq)? = reference { q = rq } else if let anchor { q = ((anchor.month - 1) / 3 + 3) % 4 + 1 }
                return Match(end: ye + 1, value: .quarter(year: y, quarter: q))
            }
        }
        if let m = holiday(at: k) { return m }
        if let m = yearAgoPeriod(at: i) { return m }
        // "the 20th century", "the twenty-first century"
        if let (n, e) = ordinal(at: k), w(e) == "century" || w(e) == "centuries" {
            return Match(end: e + 1, value: .century(n - 1))
        }
        // "the nineties", "the late eighties"
        if hasThe, has(k, .decade), let d = TemporalLexicon.decadeWords[w(k)] {
            let now = anchor?.year ?? 2030
            var decade = (now / 100) * 10 + d
            if decade * 10 > now { decade -= 10 }
            return Match(end: k + 1, value: .decade(decade))
        }
        // "summer 2011", "the summer of 2011", "the summer"
        if let s = seasonWord(at: k) {
            var e = s.end
            if w(e) == "of" { e += 1 }
            if let (y, ye) = anyYear(at: e) { return Match(end: ye, value: .season(year: y, season: s.season)) }
            // "the fall of the regime", "the Arab Spring", "Prague Spring": not seasons.
            if e > s.end { return nil }
            if k > 0, tokens[k - 1].kind == .word, capitalized(k - 1), capitalized(k) { return nil }
            if w(k) == "fall" && !hasThe && !capitalized(k) { return nil }  // "fall" the verb
            let cues: Set<String> = ["in", "this", "during", "since", "until", "by", "over", "early", "late", "mid", "of", "through"]
            if !hasThe && !capitalized(k) && !cues.contains(w(k - 1)) && !isPunct(k - 1, "-") {
                // A bare "summer" mid-sentence is usually an attribute ("summer camp"); keep it only after a preposition.
                if !isStandalone(k, s.end) { return nil }
            }
            return Match(end: s.end, value: resolveSeason(s.season, direction: direction(i, s.end)))
        }
        return nil
    }

    /// "third quarter", "third-quarter", "fiscal second-quarter", "first half of 2012", "the
    /// fourth quarter of 2011"; `year` is given for "this year's third quarter".
    func ordinalPeriod(at i: Int, year: Int?) -> Match? {
        var k = i
        if w(k) == "the" { k += 1 }
        if w(k) == "fiscal" || w(k) == "fiscal-" { k += 1 }
        var found = ordinal(at: k)
        // "the final quarter of 2009", "the latter half of 1989": only with their year.
        if found == nil, ["last", "final", "latter"].contains(w(k)) {
            var u = k + 1
            if isPunct(u, "-") { u += 1 }
            if (w(u) == "quarter" || w(u) == "half"), year != nil || w(u + 1) == "of" && anyYear(at: u + 2) != nil {
                found = (w(u) == "quarter" ? 4 : 2, k + 1)
            }
        }
        guard let (n, ne) = found else { return nil }
        var e = ne
        if isPunct(e, "-") { e += 1 }
        let unit = w(e)
        guard unit == "quarter" || unit == "half" else { return nil }
        if unit == "quarter", !(1...4).contains(n) { return nil }
        if unit == "half", !(1...2).contains(n) { return nil }
        e += 1
        var y = year
        if y == nil {
            var f = e
            if w(f) == "of" || isPunct(f, ",") { f += 1 }
            if let (yy, ye) = anyYear(at: f) { y = yy; e = ye }
        }
        if unit == "half" {
            if let y { return Match(end: e, value: .half(year: y, half: n)) }
            return Match(end: e, value: resolveHalf(n, direction: direction(i, e)))
        }
        if let y { return Match(end: e, value: .quarter(year: y, quarter: n)) }
        return Match(end: e, value: resolveQuarter(n, direction: direction(i, e)))
    }

    /// "third", "3rd", "twenty-first", "20th".
    func ordinal(at i: Int) -> (Int, Int)? {
        if i < tokens.count, let n = tokens[i].integer, tokens[i].digitCount <= 2, attached(i + 1),
           TemporalLexicon.ordinalSuffixes.contains(w(i + 1)) {
            return (n, i + 2)
        }
        let word = w(i)
        if has(i, .tens), let tens = TemporalLexicon.cardinals[word] {
            var k = i + 1
            if isPunct(k, "-") { k += 1 }
            if let unit = TemporalLexicon.ordinals[w(k)], unit <= 9, w(k) != "last", w(k) != "final" { return (tens + unit, k + 1) }
        }
        if has(i, .ordinal), let n = TemporalLexicon.ordinals[word] { return (n, i + 1) }
        return nil
    }

    func seasonWord(at i: Int) -> (season: String, end: Int)? {
        guard has(i, .season), let s = TemporalLexicon.seasons[w(i)] else { return nil }
        return (s, i + 1)
    }

    func weekdayName(at i: Int) -> (weekday: Int, end: Int)? {
        guard capitalized(i) else { return nil }
        if let d = TemporalLexicon.weekdays[w(i)] { return (d, i + 1) }
        if let d = TemporalLexicon.weekdayAbbreviations[w(i)], isPunct(i + 1, "."), attached(i + 1) { return (d, i + 2) }
        return nil
    }

    // MARK: Holidays and year-ago periods

    /// Fixed and computed holidays: "Christmas", "New Year's Day", "Thanksgiving", "Election Day",
    /// "Easter", "Independence Day", "Halloween", "Labor Day", "Memorial Day", "Valentine's Day".
    func holiday(at i: Int) -> Match? {
        var k = i
        var d: Deixis?
        if w(k) == "last" { d = .last; k += 1 } else if w(k) == "next" { d = .next; k += 1 } else if w(k) == "this" { d = .this; k += 1 }
        guard capitalized(k) else { return nil }
        var name = w(k)
        var e = k + 1
        if ["new", "christmas", "valentine", "independence", "election", "labor", "labour", "memorial", "thanksgiving", "easter", "veterans"].contains(name) {
            if name == "new", w(e) == "year" { name = "new year"; e += 1 }
            if isPunct(e, "'"), w(e + 1) == "s" { e += 2 }
            if name == "new year" || name == "christmas", w(e) == "eve" { name += " eve"; e += 1 }
            if w(e) == "day" { e += 1 } else if ["independence", "election", "labor", "labour", "memorial", "veterans", "valentine"].contains(name) { return nil }
        } else if name != "halloween" {
            return nil
        }
        if name == "new" { return nil }
        func date(_ y: Int) -> CalendarDay? {
            func nth(_ n: Int, _ weekday: Int, _ month: Int) -> CalendarDay {
                let first = CalendarDay(y, month, 1)
                return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            }
            switch name {
            case "christmas": return CalendarDay(y, 12, 25)
            case "christmas eve": return CalendarDay(y, 12, 24)
            case "new year": return CalendarDay(y, 1, 1)
            case "new year eve": return CalendarDay(y, 12, 31)
            case "valentine": return CalendarDay(y, 2, 14)
            case "independence": return CalendarDay(y, 7, 4)
            case "halloween": return CalendarDay(y, 10, 31)
            case "veterans": return CalendarDay(y, 11, 11)
            case "thanksgiving": return nth(4, 3, 11)
            case "labor", "labour": return nth(1, 0, 9)
            case "election": return nth(1, 0, 11).adding(days: 1)
            case "memorial":
                let last = CalendarDay(y, 5, 31)
                return last.adding(days: -last.weekday)
            case "easter":
                // Anonymous Gregorian computus.
                let a = y % 19, b = y / 100, c = y % 100, dd = b / 4, ee = b % 4
                let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30
                let ii = c / 4, kk = c % 4, l = (32 + 2 * ee + 2 * ii - h - kk) % 7
                let m = (a + 11 * h + 22 * l) / 451
                let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
                return CalendarDay(y, month, day)
            default: return nil
            }
        }
        if let (y, ye) = yearNumber(at: e), let day = date(y) { return Match(end: ye, value: .day(day, part: nil)) }
        guard let anchor else { return nil }
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].compactMap(date)
        let dir: TemporalDirection = d == .last ? .past : d == .next ? .future : direction(i, e)
        let chosen: CalendarDay?
        switch dir {
        case .past:
            chosen = candidates.last { d == .last ? $0 < anchor : $0 <= anchor }
        case .future:
            chosen = candidates.first { d == .next ? $0 > anchor : $0 >= anchor }
        case .unknown:
            // The nearest, a past one preferred unless the next is within three months.
            let past = candidates.last { $0 <= anchor }
            let next = candidates.first { $0 > anchor }
            if let next, next.dayNumber - anchor.dayNumber <= 92 { chosen = next } else { chosen = past ?? next }
        }
        return chosen.map { Match(end: e, value: .day($0, part: nil)) }
    }

    /// "year-earlier", "the year-ago quarter", "the comparable year-earlier period", "year end":
    /// financial-news phrases for the same period one year back, and for the end of the year.
    func yearAgoPeriod(at i: Int) -> Match? {
        guard let anchor else { return nil }
        var k = i
        if w(k) == "the" { k += 1 }
        if w(k) == "comparable" || w(k) == "corresponding" || w(k) == "same" { k += 1 }
        if w(k) == "year", w(k + 1) == "end" { return Match(end: k + 2, value: .year(anchor.year)) }
        guard w(k) == "year", isPunct(k + 1, "-"), w(k + 2) == "ago" || w(k + 2) == "earlier" else { return nil }
        var e = k + 3
        var ordinalQuarter: Int?
        if let (n, ne) = ordinal(at: e), w(ne) == "quarter", (1...4).contains(n) { ordinalQuarter = n; e = ne }
        if w(e) == "quarter" || w(e) == "period" {
            let base: TemporalValue
            if let n = ordinalQuarter {
                base = resolveQuarter(n, direction: .past)
            } else if case .quarter? = reference, let r = reference {
                base = r
            } else {
                base = value(of: anchor, at: .quarter)?.shifted(by: -1, .quarter) ?? .year(anchor.year)
            }
            return base.shifted(by: -1, .year).map { Match(end: e + 1, value: $0) }
        }
        if w(e) == "month" { return value(of: anchor.adding(months: -12), at: .month).map { Match(end: e + 1, value: $0) } }
        return Match(end: e, value: .year(anchor.year - 1))
    }
}
