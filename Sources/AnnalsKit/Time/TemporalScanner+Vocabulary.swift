/// Every word the scanner's grammars can read: the words of all string literals in
/// `TemporalScanner*.swift` and `TemporalLexicon.swift` (split at non-letters, lower-cased).
///
/// The grammars consume only numbers, punctuation and words they compare with a literal or
/// look up in a table, so no expression runs over a word outside this set; the tagger uses
/// that to skip starts that cannot reach a core word (`TemporalWordTags.coreWord`) before such
/// a word. `TimeVocabularyTests` re-derives the set from the sources: a grammar that reads a
/// new word must add it here or the test fails.
extension TemporalScanner {
    static let vocabulary: Set<String> = [
        "a", "about", "additional", "af", "after", "afternoon", "ago", "ahead", "almost", "am", "an", "and",
        "annually", "another", "approximately", "apr", "april", "arab", "around", "article", "as", "at", "attack",
        "aug", "august", "autumn", "await", "awaiting", "back", "barely", "bed", "been", "before", "began",
        "beginning", "being", "between", "biannually", "bill", "broke", "brought", "bst", "by", "c", "calendar",
        "came", "camp", "case", "caught", "centuries", "century", "chapter", "chose", "christmas", "clock", "close",
        "code", "coming", "comparable", "corresponding", "couple", "current", "currently", "d", "daily", "date",
        "day", "days", "dec", "decade", "decades", "december", "decree", "did", "directive", "dozen", "dozens",
        "drew", "drove", "due", "during", "each", "earlier", "early", "easter", "ed", "edt", "eight", "eighteen",
        "eighteenth", "eighth", "eighties", "eighty", "election", "eleven", "eleventh", "end", "est", "estimated",
        "et", "ev", "eve", "evening", "every", "exceed", "expect", "expected", "expects", "fa", "fall", "feb",
        "february", "feed", "fell", "felt", "few", "fewer", "fifteen", "fifteenth", "fifth", "fifties", "fifty",
        "final", "first", "fiscal", "five", "fled", "flight", "following", "formerly", "forties", "fortnight",
        "fortnights", "forty", "fought", "found", "four", "fourteen", "fourteenth", "fourth", "fri", "friday",
        "from", "full", "future", "fy", "gave", "gmt", "going", "got", "grew", "h", "had", "half", "halloween",
        "heard", "held", "hence", "hit", "hour", "hourly", "hours", "hrs", "hundred", "hundreds", "in", "indeed",
        "independence", "intend", "intends", "item", "jan", "january", "jul", "july", "jun", "june", "just", "kept",
        "knew", "labor", "labour", "laid", "last", "late", "lately", "later", "latest", "latter", "law", "least",
        "led", "left", "less", "limited", "ll", "local", "long", "lost", "m", "made", "many", "mar", "march", "may",
        "meant", "meet", "memorial", "met", "mid", "midday", "middle", "midnight", "minute", "minutes", "mo",
        "model", "moment", "mon", "monday", "month", "monthly", "months", "more", "morning", "most", "nd", "near",
        "nearly", "need", "needed", "new", "next", "ni", "night", "nightly", "nine", "nineteen", "nineteenth",
        "nineties", "ninety", "ninth", "no", "noon", "nos", "nov", "november", "now", "nowadays", "number",
        "numerous", "o", "oct", "october", "of", "on", "once", "one", "only", "or", "over", "overnight", "p", "pad",
        "page", "paid", "past", "people", "per", "percent", "period", "plan", "planned", "planning", "plans", "pm",
        "prague", "preceding", "present", "presently", "previous", "previously", "prior", "proceed", "pst", "pt",
        "ptxh", "ptxm", "ptxs", "pxce", "pxd", "pxde", "pxm", "pxq", "pxw", "pxwe", "pxy", "q", "quarter",
        "quarterly", "quarters", "ran", "rd", "read", "recent", "recently", "red", "ref", "regime", "regulation",
        "resolution", "resolutions", "rest", "right", "room", "rose", "roughly", "route", "s", "said", "same", "sat",
        "saturday", "saw", "scheduled", "second", "seconds", "section", "seed", "sent", "sep", "sept", "september",
        "set", "seven", "seventeen", "seventeenth", "seventh", "seventies", "seventy", "several", "shall", "shed",
        "short", "shot", "since", "six", "sixteen", "sixteenth", "sixth", "sixties", "sixty", "slated", "so", "sold",
        "some", "soon", "sought", "sp", "speed", "spoke", "spring", "st", "start", "stood", "struck", "su",
        "succeed", "summer", "sun", "sunday", "swore", "taught", "ten", "tenth", "term", "th", "than",
        "thanksgiving", "that", "the", "these", "third", "thirteen", "thirteenth", "thirties", "thirtieth", "thirty",
        "this", "thought", "thousand", "thousands", "three", "threw", "through", "throughout", "thu", "thur",
        "thurs", "thursday", "till", "time", "to", "today", "told", "tomorrow", "tonight", "took", "total", "tue",
        "tues", "tuesday", "turn", "twelfth", "twelve", "twenties", "twentieth", "twenty", "two", "under",
        "understood", "united", "until", "up", "upcoming", "upon", "utc", "valentine", "veterans", "vote", "w",
        "was", "wd", "we", "wed", "wednesday", "week", "weekend", "weekends", "weekly", "weeks", "went", "were",
        "wi", "will", "winter", "won", "would", "wrote", "wxx", "xx", "xxxx", "y", "year", "yearly", "years",
        "yesterday", "zero",
    ]
}
