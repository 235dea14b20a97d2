/// Infers an article's publication day from its text when metadata gives none.
///
/// Evidence, strongest first:
/// 1. a dateline or byline date near the top: "BEIRUT, July 12, 2012 (Reuters) -",
///    "Posted July 6th, 2012", "Published: 2012-07-12";
/// 2. a photo caption date: a full date closing a sentence ("..., July 12, 2012.");
///    among several, the last whose weekday the text mentions ("on Thursday"), else the latest;
/// 3. a full date near the top of the text;
/// 4. a full date anywhere whose weekday the text mentions.
///
/// ```swift
/// let text = "Rebels said on Thursday they held the town.\nA fighter in Homs, July 12, 2012."
/// PublicationDateInference.infer(title: nil, text: text)   // (2012-07-12, "caption")
/// ```
public enum PublicationDateInference {
    /// How far into the text a dateline or a top date may sit, in bytes.
    static let topWindow = 400

    /// Infer an article's publication day from its text when metadata gives none: a dateline,
    /// "Posted July 6th, 2012", a photo caption date ("..., July 12, 2012."), a full date near the
    /// top; then check weekday consistency (a "Thursday" in the text that the caption date fits).
    /// Returns the day and a basis ("dateline", "caption", "text", "weekday") or nil.
    /// Tags only short windows around four-digit numbers: a full date needs a year, and most of
    /// a long article has none (this keeps inference cheap on big texts). Windows start and end
    /// at spaces or line breaks, so they never split a character.
    static func tagLinesWithYears(_ text: String, _ bytes: [UInt8], _ tagger: TemporalTagger) -> [TimeExpression] {
        var windows: [Range<Int>] = []
        var run = 0
        for (i, b) in bytes.enumerated() {
            if b >= 48 && b <= 57 { run += 1 } else { run = 0 }
            guard run == 4 else { continue }
            var lo = max(0, i - 60), hi = min(bytes.count, i + 12)
            while lo > 0, bytes[lo - 1] != 32, bytes[lo - 1] != 10 { lo -= 1 }
            while hi < bytes.count, bytes[hi] != 32, bytes[hi] != 10 { hi += 1 }
            if let last = windows.last, last.upperBound >= lo { windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, hi) }
            else { windows.append(lo..<hi) }
        }
        var out: [TimeExpression] = []
        for w in windows {
            guard let piece = String(bytes: bytes[w], encoding: .utf8) else { continue }
            for var t in tagger.tag(piece) {
                t.range = (t.range.lowerBound + w.lowerBound)..<(t.range.upperBound + w.lowerBound)
                out.append(t)
            }
        }
        return out
    }

    public static func infer(title: String?, text: String) -> (day: CalendarDay, basis: String)? {
        let tagger = TemporalTagger(anchor: nil)
        let bytes = Array(text.utf8)
        let dates = fullDates(tagLinesWithYears(text, bytes, tagger))
        let weekdays = mentionedWeekdays(bytes)

        // 1. Dateline: a full date in the first line or after "Posted"/"Published"/"Updated".
        if let title, let d = fullDates(tagger.tag(title)).first, isMarked(Array(title.utf8), before: d.range.lowerBound) {
            return (d.day, "dateline")
        }
        for d in dates where d.range.lowerBound < topWindow {
            let lineStart = bytes[..<d.range.lowerBound].lastIndex(of: 10).map { $0 + 1 } ?? 0
            let firstLine = !bytes[..<lineStart].contains { $0 != 10 && $0 != 32 && $0 != 13 }
            if isMarked(bytes, before: d.range.lowerBound) || firstLine && followsDatelinePattern(bytes, d.range) {
                return (d.day, "dateline")
            }
        }
        // 2. Captions: a full date that closes a sentence, the line or the text.
        let captions = dates.filter { isCaption(bytes, $0.range) }
        if !captions.isEmpty {
            if let fit = captions.last(where: { weekdays.contains($0.day.weekday) }) { return (fit.day, "caption") }
            if let latest = captions.max(by: { $0.day < $1.day }) { return (latest.day, "caption") }
        }
        // 3. A full date near the top.
        if let d = dates.first(where: { $0.range.lowerBound < topWindow }) { return (d.day, "text") }
        // 4. Any full date that a mentioned weekday fits.
        if let d = dates.filter({ weekdays.contains($0.day.weekday) }).max(by: { $0.day < $1.day }) {
            return (d.day, "weekday")
        }
        return nil
    }

    private static func fullDates(_ found: [TimeExpression]) -> [(day: CalendarDay, range: TextRange)] {
        found.compactMap { e in
            guard e.type == .date, e.value.utf8.count == 10, let d = CalendarDay(iso: e.value), d.year >= 1900 else { return nil }
            return (d, e.range)
        }
    }

    /// "Posted", "Published", "Updated", "Dated" in the few bytes before the date.
    private static func isMarked(_ bytes: [UInt8], before start: Int) -> Bool {
        let from = max(0, start - 40)
        let window = String(decoding: bytes[from..<start], as: UTF8.self).lowercased()
        return ["posted", "published", "updated", "dated", "last modified", "first published"].contains { window.contains($0) }
    }

    /// "CITY, July 12, 2012 (Reuters) -" / "July 12, 2012 -": a date followed by an agency or a dash.
    private static func followsDatelinePattern(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var k = range.upperBound
        while k < bytes.count, bytes[k] == 32 { k += 1 }
        guard k < bytes.count else { return false }
        if bytes[k] == UInt8(ascii: "(") || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "|") || bytes[k] == 10 { return true }
        return k + 2 < bytes.count && bytes[k] == 0xE2 && bytes[k + 1] == 0x80  // en or em dash
    }

    /// A date that ends a sentence or a line: "..., July 12, 2012." or "(July 12, 2012)".
    private static func isCaption(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var k = range.upperBound
        if k < bytes.count, bytes[k] == UInt8(ascii: ")") { k += 1 }
        guard k == bytes.count || bytes[k] == UInt8(ascii: ".") || bytes[k] == 10 else { return false }
        var b = range.lowerBound - 1
        while b >= 0, bytes[b] == 32 { b -= 1 }
        return b >= 0 && (bytes[b] == UInt8(ascii: ",") || bytes[b] == UInt8(ascii: "(") || bytes[b] == UInt8(ascii: "-"))
    }

    /// Weekdays the text names ("on Thursday", "Friday's vote").
    private static func mentionedWeekdays(_ bytes: [UInt8]) -> Set<Int> {
        var found: Set<Int> = []
        for t in TemporalToken.tokenize(bytes) where t.kind == .word && t.capitalized {
            if let d = TemporalLexicon.weekdays[t.lower] { found.insert(d) }
        }
        return found
    }
}
