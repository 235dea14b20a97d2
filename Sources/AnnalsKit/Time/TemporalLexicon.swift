/// The small word tables of the temporal scanner.
enum TemporalLexicon {
    /// Full month names and their abbreviations (abbreviations may carry a period).
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Month names that are also common English words ("May" the modal, "March" the verb).
    static let ambiguousMonths: Set<String> = ["may", "march", "mar"]

    /// Weekdays, Monday = 0 as `CalendarDay.weekday`.
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// Abbreviations, accepted only capitalised and followed by a period.
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    ]

    /// Parts of the day and their TIMEX3 suffixes.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    static let units: [String: TemporalUnit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "fortnight": .fortnight, "fortnights": .fortnight,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century, "hour": .hour, "hours": .hour,
        "minute": .minute, "minutes": .minute, "seconds": .second, "weekend": .weekend, "weekends": .weekend,
    ]

    static let cardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "dozen": 12,
    ]
    static let tens: Set<String> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// "the nineties" -> 9.
    static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
        "eighties": 8, "nineties": 9,
    ]

    /// Quantifiers that make an unspecified count ("several years" -> PXY).
    static let vagueCounts: Set<String> = ["several", "few", "many", "some", "numerous", "couple"]

    /// Every word a grammar can start with; the scanner skips other words without trying.
    static let starters: Set<String> = {
        var s = Set<String>()
        for table in [Array(months.keys), Array(monthAbbreviations.keys), Array(weekdays.keys), Array(weekdayAbbreviations.keys),
                      Array(seasons.keys), Array(units.keys), Array(cardinals.keys), Array(ordinals.keys), Array(decadeWords.keys),
                      Array(vagueCounts)] {
            s.formUnion(table)
        }
        s.formUnion([
            "the", "a", "an", "this", "that", "last", "past", "next", "coming", "current", "previous", "latest", "end",
            "beginning", "start", "middle", "early", "late", "mid", "earlier", "later", "by", "today", "yesterday",
            "tomorrow", "tonight", "half", "dozens", "hundreds", "thousands", "recent", "in", "future", "daily",
            "nightly", "weekly", "monthly", "quarterly", "annually", "yearly", "biannually", "hourly", "every", "each",
            "per", "now", "currently", "recently", "right", "at", "these", "once", "soon", "formerly", "previously",
            "lately", "presently", "nowadays", "noon", "midday", "midnight", "christmas", "new", "valentine",
            "independence", "election", "labor", "labour", "memorial", "thanksgiving", "easter", "veterans",
            "halloween", "fiscal", "fy", "q", "comparable", "corresponding", "same", "more", "less", "fewer", "up",
            "as", "almost", "nearly", "about", "roughly", "approximately", "around", "just", "only", "over", "barely",
            "under", "another",
        ])
        return s
    }()

    /// Words in the few tokens around a date that point to the future ("will meet Friday").
    static let futureCues: Set<String> = [
        "will", "shall", "ll", "scheduled", "expected", "expects", "expect", "plans", "plan", "planned", "planning",
        "due", "upcoming", "next", "going", "until", "till", "intends", "intend", "set", "slated",
        "would", "coming", "tomorrow", "later", "await", "awaiting", "ahead",
    ]
    /// Future cues only before "to" (planning to vote Friday); else nouns or past senses (a
    /// planning chief, a set of talks).
    static let futureBeforeTo: Set<String> = ["plans", "plan", "planned", "planning", "set", "going", "intends", "intend"]
    /// Words that point to the past ("met Friday", "said on Friday").
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "been", "ago", "last", "earlier", "said", "met", "held", "told", "went",
        "came", "made", "took", "gave", "left", "began", "won", "lost", "fell", "rose", "saw", "sent", "spoke",
        "led", "fled", "struck", "shot", "found", "hit", "broke", "brought", "caught", "chose", "drew", "drove",
        "felt", "fought", "got", "grew", "heard", "kept", "knew", "laid", "meant", "paid", "ran", "read",
        "sought", "sold", "stood", "swore", "taught", "thought", "threw", "understood", "wrote", "began", "since",
        "yesterday", "previously",
    ]
    /// Past-tense-looking words that are not past cues.
    static let notPastWords: Set<String> = [
        "need", "needed", "speed", "feed", "seed", "bed", "red", "hundred", "united", "limited", "indeed",
        "proceed", "succeed", "exceed", "shed", "wed",
    ]
}

/// A calendar unit of durations and offsets.
enum TemporalUnit: Sendable {
    case second, minute, hour, day, weekend, week, fortnight, month, quarter, year, decade, century
}
