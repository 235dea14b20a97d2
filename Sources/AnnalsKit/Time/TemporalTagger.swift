/// Finds temporal expressions in English news text and normalises them to TIMEX3 values,
/// anchored at the publication date.
///
/// The tagger is a hand-written scanner over UTF-8 tokens with small word tables, in the spirit
/// of HeidelTime and SUTime: absolute dates ("Aug. 6, 2012", "2012-07-12"), weekdays placed by
/// tense ("met Friday" is the last Friday, "will meet Friday" the next), deictic phrases ("last
/// week", "this summer"), offsets ("two years ago"), anaphora ("the next day" counts from the
/// last date placed), durations ("16 months"), sets ("daily") and vague references ("now",
/// "recently", "the future").
///
/// ```swift
/// let tagger = TemporalTagger(anchor: CalendarDay(2012, 7, 12))   // a Thursday
/// tagger.tag("He defected on Friday.")[0].value           // "2012-07-06"
/// tagger.tag("The talks will resume Friday.")[0].value    // "2012-07-13"
/// tagger.tag("the 1990s")[0].value                        // "199"
/// ```
public struct TemporalTagger: Sendable {
    /// The publication day; nil when unknown (relative expressions then get values like "XXXX-08").
    public var anchor: CalendarDay?

    public init(anchor: CalendarDay?) {
        self.anchor = anchor
    }

    /// All expressions in `text`, in order, non-overlapping, each the longest match at its start.
    public func tag(_ text: String) -> [TimeExpression] {
        let bytes = Array(text.utf8)
        return tag(bytes, TemporalToken.tokenize(bytes))
    }

    /// The expressions of `text` that carry a calendar date (`TimeExpression.date`), possibly
    /// with others: like `tag(_:)`, but a text with no number and none of `dateWords` is not
    /// scanned, since every dated value needs one of them.
    public func tagDated(_ text: String) -> [TimeExpression] {
        let bytes = Array(text.utf8)
        let tokens = TemporalToken.tokenize(bytes)
        guard tokens.contains(where: { $0.kind == .number || $0.tags.contains(.dateWord) }) else {
            return []
        }
        return tag(bytes, tokens)
    }

    /// Words one of which (or a number) is in every expression with a date: month and weekday
    /// names, units ("week", "year"), parts of the day, seasons, number words (spelled years,
    /// ordinals), decades in words, holidays, "today", "half" ("the first half"), "period"
    /// ("the latest period"), "noon", "fy". Expressions without any (durations, sets, "now",
    /// "recently", "the future") have no date.
    static let dateWords: Set<String> = {
        var s = Set<String>()
        for table in [Array(TemporalLexicon.months.keys), Array(TemporalLexicon.monthAbbreviations.keys),
                      Array(TemporalLexicon.weekdays.keys), Array(TemporalLexicon.weekdayAbbreviations.keys),
                      Array(TemporalLexicon.units.keys), Array(TemporalLexicon.partsOfDay.keys), Array(TemporalLexicon.seasons.keys),
                      Array(TemporalLexicon.decadeWords.keys), Array(TemporalLexicon.cardinals.keys), Array(TemporalLexicon.ordinals.keys),
                      Array(TemporalScanner.spelledCenturies.keys)] {
            s.formUnion(table)
        }
        s.formUnion(["today", "yesterday", "tomorrow", "tonight", "half", "period", "noon", "midday", "midnight", "christmas",
                     "valentine", "independence", "election", "labor", "labour", "memorial", "thanksgiving", "easter", "veterans",
                     "halloween", "new", "eve", "q", "fy", "fiscal", "year", "end", "thousand", "hundred"])
        return s
    }()

    /// Like `tagDated(_:)`, with anaphoric phrases ("the following day", "that July")
    /// counting from `reference` (the last date an earlier sentence placed) until the text
    /// places one itself; also returns the last date the text placed.
    func tagDated(_ text: String, reference: TemporalValue?) -> (found: [TimeExpression], last: TemporalValue?) {
        let bytes = Array(text.utf8)
        let tokens = TemporalToken.tokenize(bytes)
        guard tokens.contains(where: { $0.kind == .number || $0.tags.contains(.dateWord) }) else {
            return ([], reference)
        }
        var last: TemporalValue? = reference
        let found = tag(bytes, tokens, reference: reference, last: &last)
        return (found, last)
    }

    /// `tag(_:)` trying every start (for tests of the start filter).
    func tagTryingEveryStart(_ text: String) -> [TimeExpression] {
        let bytes = Array(text.utf8)
        return tag(bytes, TemporalToken.tokenize(bytes), filterStarts: false)
    }

    private func tag(_ bytes: [UInt8], _ tokens: [TemporalToken], filterStarts: Bool = true) -> [TimeExpression] {
        var last: TemporalValue?
        return tag(bytes, tokens, filterStarts: filterStarts, reference: nil, last: &last)
    }

    private func tag(_ bytes: [UInt8], _ tokens: [TemporalToken], filterStarts: Bool = true, reference: TemporalValue?, last: inout TemporalValue?) -> [TimeExpression] {
        var scanner = TemporalScanner(tokens: tokens, anchor: anchor)
        scanner.reference = reference
        defer { last = scanner.reference }
        var found: [TimeExpression] = []
        var i = 0
        let tokens = scanner.tokens
        // Every match holds a number or a core word, and reads no word outside the scanner's
        // vocabulary: a start whose next core word comes after such a word cannot match.
        var reachesCore = [Bool](repeating: !filterStarts, count: tokens.count)
        if filterStarts {
            var core = false
            for k in stride(from: tokens.count - 1, through: 0, by: -1) {
                let t = tokens[k]
                if t.kind == .number || t.tags.contains(.coreWord) {
                    core = true
                } else if t.kind == .word && !t.tags.contains(.vocabulary) {
                    core = false
                }
                reachesCore[k] = core
            }
        }
        while i < tokens.count {
            let t = tokens[i]
            let canStart = reachesCore[i] && (t.kind == .number || (t.kind == .punct && t.lower == "'")
                || t.tags.contains(.starter))
            guard canStart, let m = scanner.match(at: i), m.end > i else {
                i += 1
                continue
            }
            // Trim trailing punctuation from the extent ("Aug." keeps its period).
            var last = m.end - 1
            while last > i, tokens[last].kind == .punct, tokens[last].lower != "." || !isAbbreviationPeriod(tokens, last) {
                last -= 1
            }
            let range = tokens[i].start..<tokens[last].end
            let words = String(decoding: bytes[range], as: UTF8.self)
            // "the first since 1982", "until 2011": a bound of a span is not the time told.
            // "that month's Council president": a time modifying a noun is not the time told either.
            // "since 1997, when X fled": a clause that tells what happened then makes it told.
            let toldAfter = last + 2 < tokens.count && tokens[last + 1].lower == "," && tokens[last + 2].lower == "when"
            let bound = i > 0 && ["since", "until", "till", "before"].contains(tokens[i - 1].lower) && !toldAfter
                || last + 2 < tokens.count && tokens[last + 1].lower == "'" && tokens[last + 2].lower == "s" && !tokens[last + 1].spaceBefore
            var expression = TimeExpression(range: range, text: words, type: m.value.type, value: m.value.timex,
                                            date: m.value.eventDate(basis: words))
            expression.isTimeTold = !bound
            found.append(expression)
            switch m.value {
            case .year where isAttributiveYear(tokens, start: i, end: last) && scanner.reference.map(TemporalTagger.placesDayOrMonth) == true:
                // 'a law passed on December 14 ... captured in the 1967 war. Three days later, on
                // December 17': a year naming a war or a vote goes on from the day told before it.
                break
            case .day, .time, .week, .month, .quarter, .half, .season, .year: if !bound { scanner.reference = m.value }
            default: break
            }
            i = m.end
        }
        return found
    }

    /// Whether the year at `start...end` only modifies the noun after it ('the 1967 war', 'its
    /// 2011 uprising'): a determiner before it and a lower-case word after.
    private func isAttributiveYear(_ tokens: [TemporalToken], start: Int, end: Int) -> Bool {
        guard start > 0, end + 1 < tokens.count, start == end,
              ["the", "a", "an", "its", "his", "her", "their"].contains(tokens[start - 1].lower) else { return false }
        let next = tokens[end + 1]
        return next.kind == .word && !next.tags.contains(.dateWord) && !next.capitalized
    }

    /// Whether `v` places a day or a month.
    private static func placesDayOrMonth(_ v: TemporalValue) -> Bool {
        switch v {
        case .day, .month: return true
        default: return false
        }
    }

    /// The most salient expression of a short text: the longest, the first among equals.
    public func mainExpression(_ text: String) -> TimeExpression? {
        var best: TimeExpression?
        for e in tag(text) where best == nil || e.range.count > best!.range.count {
            best = e
        }
        return best
    }

    private func isAbbreviationPeriod(_ tokens: [TemporalToken], _ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].kind == .word, !tokens[k].spaceBefore else { return false }
        let w = tokens[k - 1].lower
        return TemporalLexicon.monthAbbreviations[w] != nil || TemporalLexicon.weekdayAbbreviations[w] != nil || w == "m"
    }
}
