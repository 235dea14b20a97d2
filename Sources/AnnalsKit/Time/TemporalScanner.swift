/// Tense of the words around an expression, used to place "Friday" or "August" before or
/// after the anchor.
enum TemporalDirection: Sendable { case past, future, unknown }

/// The hand-written scanner behind `TemporalTagger`: it reads tokens and tries a few small
/// grammars at each position (absolute dates, deictic and anaphoric phrases, offsets,
/// durations, references, sets, clock times), keeping the longest match.
///
/// Grammars live in `TemporalScanner+Absolute.swift`, `+Relative.swift` and `+Quantities.swift`;
/// the rules that place underspecified dates live in `+Resolution.swift`.
struct TemporalScanner {
    struct Match {
        var end: Int
        var value: TemporalValue
    }

    let tokens: [TemporalToken]
    let anchor: CalendarDay?
    /// The last date the text placed; anaphoric phrases ("the next day", "a year earlier",
    /// "later that year") count from it, else from the anchor.
    var reference: TemporalValue?

    init(tokens: [TemporalToken], anchor: CalendarDay?) {
        self.tokens = tokens
        self.anchor = anchor
    }

    // MARK: Token access

    /// The lower-cased word at `i`, or "" when `i` is not a word.
    func w(_ i: Int) -> String {
        i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].lower : ""
    }

    /// Token `i` is a word in any of the tables of `tags`.
    @inline(__always) func has(_ i: Int, _ tags: TemporalWordTags) -> Bool {
        i >= 0 && i < tokens.count && !tokens[i].tags.isDisjoint(with: tags)
    }

    /// `TemporalLexicon.units[w(i)]`.
    @inline(__always) func unitAt(_ i: Int) -> TemporalUnit? {
        has(i, .unit) ? TemporalLexicon.units[w(i)] : nil
    }

    func isPunct(_ i: Int, _ mark: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].lower == mark
    }

    /// Token `i` follows the previous one with no space ("mid-March", "6th", "1990s").
    func attached(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && !tokens[i].spaceBefore
    }

    func capitalized(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].capitalized
    }

    /// Matches a fixed word sequence at `i`; returns the index after it.
    func words(_ i: Int, _ list: [String]) -> Int? {
        var k = i
        for s in list {
            guard w(k) == s else { return nil }
            k += 1
        }
        return k
    }

    /// The match spans the whole text (give or take final punctuation): there is no context to
    /// tell "May" the month from "may" the verb, so the month reading wins.
    func isStandalone(_ start: Int, _ end: Int) -> Bool {
        guard start == 0 else { return false }
        var k = end
        while k < tokens.count, tokens[k].kind == .punct { k += 1 }
        return k == tokens.count
    }

    // MARK: Matching

    /// The longest expression starting at token `i`.
    func match(at i: Int) -> Match? {
        guard i < tokens.count else { return nil }
        var best: Match?
        func consider(_ m: Match?) {
            guard let m, m.end > i else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        consider(modified(at: i))
        consider(core(at: i))
        guard var found = best else { return nil }
        // "this year's third quarter", "2012's second half"
        if let combined = possessive(after: found) { found = combined }
        return found
    }

    /// Every grammar but the modifiers.
    func core(at i: Int) -> Match? {
        var best: Match?
        func consider(_ m: Match?) {
            guard let m, m.end > i else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        consider(clockTime(at: i))
        consider(absoluteDate(at: i))
        consider(periodName(at: i))
        consider(dayWord(at: i))
        consider(weekday(at: i))
        consider(dayOfMonthAlone(at: i))
        consider(deictic(at: i))
        consider(offset(at: i))
        consider(duration(at: i))
        consider(frequency(at: i))
        consider(referenceWord(at: i))
        consider(bareUnit(at: i))
        return best
    }

    /// Words that modify a date ("the end of", "early", "mid").
    static let modifierPrefixes: [[String]] = [
        ["the", "end", "of"], ["the", "beginning", "of"], ["the", "start", "of"], ["the", "middle", "of"],
        ["the", "turn", "of"], ["the", "close", "of"], ["the", "rest", "of"], ["end", "of"], ["beginning", "of"],
        ["start", "of"], ["middle", "of"], ["the", "early"], ["the", "late"], ["the", "mid"], ["early"], ["late"],
        ["mid"], ["earlier"], ["later"], ["by", "the", "end", "of"],
    ]

    /// "early 2012", "late last July", "mid-March", "the end of the year", "earlier this month":
    /// the modifier joins the extent and leaves the value alone.
    func modified(at i: Int) -> Match? {
        for p in TemporalScanner.modifierPrefixes where has(i, .modifierStart) {
            guard var k = words(i, p) else { continue }
            if isPunct(k, "-") && attached(k) { k += 1 }
            if let inner = match(at: k), inner.value.type == .date || inner.value.type == .time {
                switch inner.value {
                case .reference, .duration, .set: continue
                default: return Match(end: inner.end, value: inner.value)
                }
            }
        }
        // "year-end", "year's end"
        if w(i) == "year", let anchor {
            if isPunct(i + 1, "-"), w(i + 2) == "end" { return Match(end: i + 3, value: .year(anchor.year)) }
            if isPunct(i + 1, "'"), w(i + 2) == "s", w(i + 3) == "end" { return Match(end: i + 4, value: .year(anchor.year)) }
        }
        return nil
    }

    /// "this year's third quarter", "next year's first half".
    func possessive(after m: Match) -> Match? {
        guard case .year(let y) = m.value, isPunct(m.end, "'"), w(m.end + 1) == "s" else { return nil }
        let k = m.end + 2
        if let q = ordinalPeriod(at: k, year: y) { return q }
        if let s = seasonWord(at: k) {
            return Match(end: s.end, value: .season(year: y, season: s.season))
        }
        return nil
    }
}
