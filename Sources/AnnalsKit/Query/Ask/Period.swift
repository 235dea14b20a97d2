import Foundation

/// A span of days a question asks about: "in July 2012", "since 2011", "between March
/// 2012 and May 2012", "before 19 July 2012". Either bound may be open.
///
/// ```swift
/// Period(phrase: "in july 2012")   // 2012-07-01 ... 2012-07-31
/// Period(phrase: "since 2012")     // 2012-01-01 ... (open)
/// ```
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public var start: CalendarDay?
    public var end: CalendarDay?

    public init(start: CalendarDay?, end: CalendarDay?) {
        self.start = start
        self.end = end
    }

    /// Parses a period phrase: a preposition (in, on, during, since, after, from, before,
    /// until, by, between ... and ...) followed by dates `parseSpan` reads. Nil otherwise.
    public init?(phrase: String) {
        let words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        switch first {
        case "in", "on", "during", "throughout":
            guard let span = Period.parseSpan(rest) else { return nil }
            self = span
        case "since", "after", "from":
            guard let span = Period.parseSpan(rest) else { return nil }
            // "after July 2012" starts the day after the span; "since" includes it.
            self.init(start: first == "after" ? span.end.map { $0.adding(days: 1) } : span.start, end: nil)
        case "before", "until", "till", "by":
            guard let span = Period.parseSpan(rest) else { return nil }
            self.init(start: nil, end: first == "before" ? span.start.map { $0.adding(days: -1) } : span.end)
        case "between":
            let parts = rest.components(separatedBy: " and ")
            guard parts.count == 2, let a = Period.parseSpan(parts[0]), let b = Period.parseSpan(parts[1]) else { return nil }
            self.init(start: a.start, end: b.end)
        default:
            return nil
        }
    }

    /// Parses one date, to the span it stands for: `2012`, `2012-07`, `2012-07-19`,
    /// `july 2012`, `19 july 2012`, `july 19, 2012`, `july 19 2012`, `the 1990s`.
    public static func parseSpan(_ text: String) -> Period? {
        var words = text.replacingAll(",", with: " ").split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        switch words.count {
        case 1:
            let w = words[0]
            if let d = CalendarDay(iso: w), w.count == 10 { return Period(start: d, end: d) }
            if w.count == 7, let d = CalendarDay(iso: w + "-01") { return month(d.year, d.month) }
            if w.count == 5, w.hasSuffix("s"), let y = year(String(w.dropLast())), y % 10 == 0 {
                return Period(start: CalendarDay(y, 1, 1), end: CalendarDay(y + 9, 12, 31))
            }
            if let y = year(w) { return Period(start: CalendarDay(y, 1, 1), end: CalendarDay(y, 12, 31)) }
        case 2:
            if let m = monthNumber(words[0]), let y = year(words[1]) { return month(y, m) }
        case 3:
            if let d = Int(words[0]), let m = monthNumber(words[1]), let y = year(words[2]) { return day(y, m, d) }
            if let m = monthNumber(words[0]), let d = Int(ordinal(words[1])), let y = year(words[2]) { return day(y, m, d) }
        default:
            break
        }
        return nil
    }

    public var description: String {
        "\(start?.iso ?? "…")..\(end?.iso ?? "…")"
    }

    static func year(_ w: String) -> Int? {
        guard w.count == 4, let y = Int(w), y >= 1000 else { return nil }
        return y
    }

    static func month(_ y: Int, _ m: Int) -> Period {
        Period(start: CalendarDay(y, m, 1), end: CalendarDay(y, m, CalendarDay.daysIn(month: m, year: y)))
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Period? {
        guard CalendarDay.isValid(year: y, month: m, day: d) else { return nil }
        return Period(start: CalendarDay(y, m, d), end: CalendarDay(y, m, d))
    }

    static func ordinal(_ w: String) -> String {
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        return w
    }

    static func monthNumber(_ w: String) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        if let i = names.firstIndex(of: w) { return i + 1 }
        let key = w.hasSuffix(".") ? String(w.dropLast()) : w
        guard key.count >= 3 else { return nil }
        if key == "sept" { return 9 }
        return names.firstIndex { $0.hasPrefix(key) && key.count == 3 }.map { $0 + 1 }
    }
}
