/// Reading a sentence's own time expressions for the year a history piece is telling
/// (`storyYear` in `Extractor.extract`): which expressions name a year, which tell no time of
/// the story, which are months or days still to be placed.
extension Extractor {
    /// Whether a time expression names a year ("1956", "autumn of 1956") or counts years back
    /// from publication ("Sixty years ago today").
    static func namesYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 } || text.lowercased().contains("years ago")
    }

    /// How many sentences back `storyYear` looks for the year a history piece is telling.
    static let storyYearReach = 30

    /// Whether a time expression is a month, day or season with no year and no word that
    /// places it from publication ("on 13 October", "in the spring", not "last July").
    static func isYearless(_ text: String) -> Bool {
        let lower = text.lowercased()
        // "the week Britain and France said no": a period a clause defines, not this week.
        if lower.hasPrefix("the "), !text.contains(where: \.isNumber), !namesYear(text) { return true }
        guard mayNeedYear(text), !namesYear(text) else { return false }
        // "Friday, February 25": a weekday is told from publication.
        return !lower.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
            ["this", "last", "next", "ago", "today", "yesterday", "tomorrow", "coming", "past"].contains($0)
                || TemporalLexicon.weekdays[String($0)] != nil
        }
    }

    /// Whether a time expression tells a time of the story: not the bound of a span ("since
    /// 2015", `TimeExpression.isTimeTold`), and not a year that names a thing ("the 2006 nuclear
    /// test": "the" before it and a lower-case word after it).
    static func tellsStoryTime(_ t: TimeExpression, in text: String) -> Bool {
        guard t.isTimeTold else { return false }
        let b = Array(text.utf8)
        let lo = t.range.lowerBound, hi = t.range.upperBound
        // "the " or "The " as a word of its own before the expression.
        guard lo >= 4, b[lo - 1] == 0x20, b[lo - 4] | 0x20 == 0x74, b[lo - 3] == 0x68, b[lo - 2] == 0x65, lo == 4 || b[lo - 5] == 0x20,
              hi + 1 < b.count, b[hi] == 0x20 else { return true }
        return !(0x61...0x7A).contains(b[hi + 1])
    }

    /// Whether a time expression counts from a date told before ("the same day", "two days
    /// later"), so that read on its own it says nothing of where the story is.
    static func countsFromToldDate(_ text: String) -> Bool {
        // `hasAnaphoricTime` lower-cases for itself.
        let lower = text.lowercased()
        return hasAnaphoricTime(text) || lower.hasSuffix(" later") || lower.hasSuffix(" earlier") || lower.hasPrefix("that ")
    }
}
